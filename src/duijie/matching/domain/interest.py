"""Mutual interest: express → accept/decline → consent → contact details, with a transfer ledger."""

from __future__ import annotations

from django.db import transaction
from django.db.models import Count, F, Q
from django.db.models.functions import ExtractYear
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from duijie.common.audit import record_event
from duijie.common.errors import DomainError, PermissionDenied
from duijie.common.models.notifications import NotificationKind
from duijie.common.notify import email_users
from duijie.common.permissions import require
from duijie.listings.domain.queries import listing_visible_to
from duijie.matching.domain.contacts import (  # noqa: F401 (the flow's public names)
    Contact,
    contact_persons,
    give_contact_consent,
    name_colleague,
    reveal_contacts,
    withdraw_contact_consent,
)
from duijie.matching.domain.queries import visible_interests
from duijie.matching.models import (
    ContactTransfer,
    DeclineReason,
    Interest,
    InterestStatus,
)

STANDARD_QUESTIONS = ("timeline", "partnership", "budget_confirmed")
OPEN = (InterestStatus.PENDING, InterestStatus.ACCEPTED)


def _check_can_express(listing, *, actor, organisation) -> None:
    if not actor.memberships.filter(organisation=organisation).exists():
        raise PermissionDenied()
    if not listing_visible_to(listing, actor):
        raise DomainError(_("This listing is not open for interest."), code="not_visible")
    if listing.organisation_id == organisation.pk:
        raise DomainError(_("This is your own organisation's listing."), code="own_listing")
    if Interest.objects.filter(listing=listing, from_organisation=organisation, status__in=OPEN):
        raise DomainError(_("Your organisation has already expressed interest."), code="duplicate")


def express_interest(
    listing, *, actor, organisation, message: str, answers: dict, from_listing=None
) -> Interest:
    """Tell a listing's organisation that `organisation` would like to talk."""
    _check_can_express(listing, actor=actor, organisation=organisation)
    if from_listing is not None and from_listing.organisation_id != organisation.pk:
        raise PermissionDenied()
    with transaction.atomic():
        interest = Interest.objects.create(
            listing=listing,
            from_listing=from_listing,
            from_organisation=organisation,
            from_user=actor,
            message=message.strip(),
            content_locale=actor.language,
            answers={key: answers.get(key) for key in STANDARD_QUESTIONS},
        )
        record_event(interest, "interest.expressed", actor=actor)
        _notify(interest, "received", _receivers(interest))
    return interest


def _answer(interest: Interest, status: str, *, actor, notify=None, **fields) -> Interest:
    with transaction.atomic():
        locked = Interest.objects.select_for_update().get(pk=interest.pk)
        if locked.status != InterestStatus.PENDING:
            raise DomainError(_("This expression of interest was already answered."), code="done")
        locked.status = status
        locked.responded_by = actor
        locked.responded_at = timezone.now()
        for name, value in fields.items():
            setattr(locked, name, value)
        locked.save()
        record_event(locked, f"interest.{status}", actor=actor, **fields)
        recipients = notify if notify is not None else [locked.from_user]
        _notify(locked, status, recipients)
    interest.refresh_from_db()
    return interest


def accept_interest(interest: Interest, *, actor) -> Interest:
    """The listing's side accepts: both sides now want to talk."""
    require(actor, "matching.answer_interest", interest)
    return _answer(interest, InterestStatus.ACCEPTED, actor=actor)


def decline_interest(interest: Interest, *, actor, reason: str, note: str = "") -> Interest:
    """The listing's side declines with a structured reason, kept for ranking."""
    require(actor, "matching.answer_interest", interest)
    if reason not in DeclineReason.values:
        raise DomainError(_("Choose a reason for declining."), code="reason")
    fields = {"decline_reason": reason, "decline_note": note.strip()}
    return _answer(interest, InterestStatus.DECLINED, actor=actor, **fields)


def withdraw_interest(interest: Interest, *, actor) -> Interest:
    """The sending side takes its interest back before an answer."""
    require(actor, "matching.withdraw_interest", interest)
    receivers = _receivers(interest)
    return _answer(interest, InterestStatus.WITHDRAWN, actor=actor, notify=receivers)


def open_interest_of(listing, user) -> Interest | None:
    """The open interest one of the user's organisations has in the listing, if any."""
    if not user.is_authenticated:
        return None
    org_ids = user.memberships.values("organisation_id")
    mine = Interest.objects.filter(listing=listing, from_organisation_id__in=org_ids)
    return mine.filter(status__in=OPEN).order_by("-created_at").first()


def free_organisations(listing, user):
    """The user's organisations that may still express interest in the listing."""
    busy = Interest.objects.filter(listing=listing, status__in=OPEN).values("from_organisation_id")
    return user.organisations.exclude(pk=listing.organisation_id).exclude(pk__in=busy)


def interests_between(listing, others, user) -> dict[int, Interest]:
    """For each other listing, the latest interest between its organisation and `listing`.

    An interest counts either way round: the listing's organisation interested in the other
    listing, or the other listing's organisation interested in this one.
    """
    if not user.is_authenticated:
        return {}
    others = list(others)
    theirs = Q(listing__in=others, from_organisation_id=listing.organisation_id)
    ours = Q(listing=listing, from_organisation_id__in={other.organisation_id for other in others})
    found: dict[int, Interest] = {}
    for interest in visible_interests(user).filter(theirs | ours).order_by("created_at"):
        for other in others:
            if interest.listing_id == other.pk or (
                interest.listing_id == listing.pk
                and interest.from_organisation_id == other.organisation_id
            ):
                found[other.pk] = interest
    return found


def both_sides_accepted(listing, user) -> bool:
    """Whether the user's organisation and the listing's have a mutually accepted interest."""
    if not user.is_authenticated:
        return False
    org_ids = list(user.memberships.values_list("organisation_id", flat=True))
    accepted = Interest.objects.filter(status=InterestStatus.ACCEPTED)
    return accepted.filter(
        Q(listing=listing, from_organisation_id__in=org_ids)
        | Q(from_listing=listing, listing__organisation_id__in=org_ids)
    ).exists()


def declined_pairs(listing_ids) -> set[tuple[int, int]]:
    """(listing, other organisation) pairs that were declined: never suggest them again."""
    rows = Interest.objects.filter(status=InterestStatus.DECLINED).filter(
        Q(listing_id__in=listing_ids) | Q(from_listing_id__in=listing_ids)
    )
    pairs = set()
    for row in rows.select_related("listing"):
        pairs.add((row.listing_id, row.from_organisation_id))
        if row.from_listing_id:
            pairs.add((row.from_listing_id, row.listing.organisation_id))
    return pairs


def transfers_by_year() -> list[dict]:
    """The ledger's yearly counts of disclosures, split by whether they crossed a border."""
    rows = (
        ContactTransfer.objects.annotate(year=ExtractYear("transferred_at"))
        .values("year")
        .annotate(
            total=Count("id"),
            cross_border=Count("id", filter=~Q(from_country=F("to_country"))),
        )
        .order_by("year")
    )
    return list(rows)


def _receivers(interest: Interest) -> list:
    return [m.user for m in interest.listing.organisation.memberships.select_related("user")]


def _notify(interest: Interest, what: str, users) -> None:
    """Tell `users` in their languages; inside the change's transaction, so a rollback is silent."""
    received = what == "received"
    email_users(
        users,
        subject_template=f"matching/email/interest_{what}_subject.txt",
        body_template=f"matching/email/interest_{what}.txt",
        context={"interest": interest, "listing": interest.listing},
        kind=NotificationKind.INTEREST_RECEIVED if received else NotificationKind.INTEREST_ANSWERED,
        url=reverse("web:interest_detail", args=[interest.pk]),
    )
