"""Strictly mutual contact exchange on an accepted interest, with a transfer ledger.

Details are shown only once both sides accepted and both contact persons (the sender and the
one who accepted) consented; then each sees the other's at once. The disclosure is recorded in
the ledger in the transaction that completes the second consent, never when a page is read.
A consent can be withdrawn: before the exchange it simply no longer counts; afterwards the
details are hidden from then on, on both sides (the exchange is mutual or nothing), while the
ledger keeps its record of what was disclosed.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from duijie.common.audit import record_event
from duijie.common.errors import DomainError
from duijie.common.models.notifications import NotificationKind
from duijie.common.notify import email_users
from duijie.common.permissions import allows, require
from duijie.matching.models import ContactConsent, ContactTransfer, Interest

DISCLOSED_FIELDS = ["full_name", "email", "phone"]


@dataclass(frozen=True)
class Contact:
    full_name: str
    email: str
    phone: str
    organisation: str


def contact_persons(interest: Interest) -> list:
    """The two people whose details are exchanged: the sender and the one who accepted."""
    return [user for user in (interest.from_user, interest.responded_by) if user is not None]


def _sides(interest: Interest, user):
    """(the contact person's organisation, the other organisation) within this interest."""
    if user.pk == interest.from_user_id:
        return interest.from_organisation, interest.listing.organisation
    return interest.listing.organisation, interest.from_organisation


def _active_consents(interest: Interest) -> list[ContactConsent]:
    persons = {interest.from_user_id, interest.responded_by_id}
    consents = interest.consents.filter(withdrawn_at__isnull=True, user_id__in=persons)
    return list(consents.select_related("user", "organisation"))


def _locked(interest: Interest) -> Interest:
    """The interest row locked, so two consents at the same moment are counted one by one."""
    return Interest.objects.select_for_update().get(pk=interest.pk)


def give_contact_consent(interest: Interest, *, actor) -> ContactConsent:
    """A contact person agrees to share their details; the second consent completes the exchange."""
    require(actor, "matching.consent_contacts", interest)
    with transaction.atomic():
        locked = _locked(interest)
        own_org, other_org = _sides(interest, actor)
        consent, created = ContactConsent.objects.get_or_create(
            interest=locked,
            user=actor,
            defaults={"organisation": own_org, "recipient_country": other_org.country},
        )
        if created or not consent.active:
            consent.withdrawn_at = None
            consent.given_at = timezone.now()
            consent.save(update_fields=["withdrawn_at", "given_at"])
            record_event(locked, "interest.consent", actor=actor, country=other_org.country)
            _exchange_if_mutual(locked)
    interest.refresh_from_db()
    return consent


def _exchange_if_mutual(interest: Interest) -> None:
    consents = _active_consents(interest)
    if len(consents) < 2 or interest.contacts_exchanged_at is not None:
        return
    for consent in consents:
        recipient = next(c.organisation for c in consents if c is not consent)
        ContactTransfer.objects.get_or_create(
            interest=interest,
            subject=consent.user,
            recipient_organisation=recipient,
            defaults={
                "from_country": consent.organisation.country,
                "to_country": recipient.country,
                "fields": DISCLOSED_FIELDS,
            },
        )
    interest.contacts_exchanged_at = timezone.now()
    interest.save(update_fields=["contacts_exchanged_at", "updated_at"])
    record_event(interest, "interest.contacts_exchanged", actor=None)
    users = [consent.user for consent in consents]
    _notify_exchange(interest, users)


def withdraw_contact_consent(interest: Interest, *, actor) -> ContactConsent:
    """A contact person takes their consent back: their details are not shown from now on."""
    require(actor, "matching.withdraw_consent", interest)
    with transaction.atomic():
        locked = _locked(interest)
        consent = ContactConsent.objects.select_for_update().get(interest=locked, user=actor)
        if not consent.active:
            return consent
        consent.withdrawn_at = timezone.now()
        consent.save(update_fields=["withdrawn_at"])
        exchanged = locked.contacts_exchanged_at is not None
        record_event(locked, "interest.consent_withdrawn", actor=actor, after_exchange=exchanged)
    return consent


def name_colleague(interest: Interest, *, actor, colleague) -> ContactConsent:
    """A consenting contact person lets a colleague of their own organisation see the details."""
    require(actor, "matching.withdraw_consent", interest)
    own_org, _other = _sides(interest, actor)
    if not colleague.memberships.filter(organisation=own_org).exists():
        raise DomainError(_("Only a member of your own organisation can be named."), code="member")
    with transaction.atomic():
        consent = ContactConsent.objects.get(interest=interest, user=actor)
        consent.named_colleagues.add(colleague)
        record_event(interest, "interest.colleague_named", actor=actor, colleague=colleague.pk)
    return consent


def contacts_visible(interest: Interest) -> bool:
    """Whether the exchange happened and both consents still stand."""
    return interest.contacts_exchanged_at is not None and len(_active_consents(interest)) == 2


def reveal_contacts(interest: Interest, *, actor) -> list[Contact]:
    """The other side's contact person, to a contact person (or one they named); reads only."""
    require(actor, "matching.view_interest", interest)
    if not allows(actor, "matching.view_contacts", interest) or not contacts_visible(interest):
        return []
    consents = _active_consents(interest)
    own = next((c for c in consents if c.user_id == actor.pk or _named(c, actor)), None)
    return [_contact(c) for c in consents if own is not None and c is not own]


def _named(consent: ContactConsent, user) -> bool:
    return consent.named_colleagues.filter(pk=user.pk).exists()


def _contact(consent: ContactConsent) -> Contact:
    user = consent.user
    return Contact(user.full_name, user.email, user.phone, consent.organisation.name)


def _notify_exchange(interest: Interest, users) -> None:
    email_users(
        users,
        subject_template="matching/email/contacts_exchanged_subject.txt",
        body_template="matching/email/contacts_exchanged.txt",
        context={"interest": interest, "listing": interest.listing},
        kind=NotificationKind.INTEREST_ANSWERED,
        url=reverse("web:interest_detail", args=[interest.pk]),
    )
