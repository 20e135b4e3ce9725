"""Organisations and their members."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from duijie.common.audit import record_event
from duijie.common.errors import DomainError
from duijie.common.permissions import require
from duijie.directory.models import Membership, Organisation, User


def create_organisation(*, actor: User, fields: dict, sectors=()) -> Organisation:
    """Register an organisation; its creator becomes its administrator. Staff verify it later."""
    with transaction.atomic():
        org = Organisation(**fields)
        org.full_clean()
        org.save()
        org.sectors.set(sectors)
        Membership.objects.create(user=actor, organisation=org, role=Membership.Role.ADMIN)
        record_event(org, "organisation.created", actor=actor)
    return org


def update_organisation(org: Organisation, *, actor: User, fields: dict, sectors=None):
    """Change an organisation's profile (its administrators or staff)."""
    require(actor, "directory.change_organisation", org)
    with transaction.atomic():
        for name, value in fields.items():
            setattr(org, name, value)
        org.full_clean()
        org.save()
        if sectors is not None:
            org.sectors.set(sectors)
        record_event(org, "organisation.edited", actor=actor, fields=sorted(fields))
    return org


def verify_organisation(org: Organisation, *, actor: User) -> Organisation:
    """Mark an organisation as checked by platform staff."""
    require(actor, "directory.verify_organisation", org)
    org.verified_at = timezone.now()
    org.verified_by = actor
    org.save(update_fields=["verified_at", "verified_by", "updated_at"])
    record_event(org, "organisation.verified", actor=actor)
    return org


def add_member(
    org: Organisation, *, actor: User, email: str, role: str = Membership.Role.MEMBER
) -> Membership:
    """Add an existing account to an organisation (by its email address)."""
    require(actor, "directory.manage_members", org)
    user = User.objects.filter(email__iexact=email.strip()).first()
    if user is None:
        raise DomainError(_("No account uses this email address; ask them to register first."))
    membership, created = Membership.objects.get_or_create(
        user=user, organisation=org, defaults={"role": role}
    )
    if not created:
        raise DomainError(_("This person is already a member."), code="duplicate")
    record_event(org, "organisation.member_added", actor=actor, user=user.pk, role=role)
    return membership


def remove_member(membership: Membership, *, actor: User) -> None:
    """Remove a member; the last administrator cannot be removed."""
    org = membership.organisation
    require(actor, "directory.manage_members", org)
    admins = org.memberships.filter(role=Membership.Role.ADMIN)
    if membership.role == Membership.Role.ADMIN and admins.count() == 1:
        raise DomainError(_("An organisation needs at least one administrator."), code="last_admin")
    record_event(org, "organisation.member_removed", actor=actor, user=membership.user_id)
    membership.delete()
