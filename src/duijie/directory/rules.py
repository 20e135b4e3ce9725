"""Permission rules of organisations and their members (django-rules, autodiscovered)."""

from __future__ import annotations

import rules

from duijie.common.permissions import is_platform_admin, is_platform_staff
from duijie.directory.models import Membership


def organisation_of(obj):
    """The organisation an object belongs to: itself, or its `organisation` attribute."""
    if obj is None:
        return None
    return getattr(obj, "organisation", obj)


@rules.predicate
def is_org_member(user, obj) -> bool:
    org = organisation_of(obj)
    if org is None or not user.is_authenticated:
        return False
    return user.memberships.filter(organisation_id=org.pk).exists()


@rules.predicate
def is_org_admin(user, obj) -> bool:
    org = organisation_of(obj)
    if org is None or not user.is_authenticated:
        return False
    return user.memberships.filter(organisation_id=org.pk, role=Membership.Role.ADMIN).exists()


rules.add_perm("directory.verify_organisation", is_platform_staff)
rules.add_perm("directory.change_organisation", is_org_admin | is_platform_staff)
rules.add_perm("directory.manage_members", is_org_admin | is_platform_admin)
rules.add_perm("directory.view_drafts", is_org_member | is_platform_staff)
