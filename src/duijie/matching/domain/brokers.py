"""The broker workspace: assignments, recommendations to both parties, follow-ups."""

from __future__ import annotations

import datetime

from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from duijie.common.audit import record_event
from duijie.common.errors import DomainError, PermissionDenied
from duijie.common.models.notifications import NotificationKind
from duijie.common.notify import email_users
from duijie.common.permissions import require
from duijie.listings.models import OFFER_KINDS, Listing
from duijie.matching.models import BrokerAssignment, FollowUp, Recommendation


def assign_broker(listing: Listing, *, actor, broker) -> BrokerAssignment:
    """Put a broker in charge of following a listing (platform staff only)."""
    require(actor, "matching.assign_broker", listing)
    if not broker.is_broker:
        raise DomainError(_("Only technology brokers can be assigned."), code="not_broker")
    assignment, created = BrokerAssignment.objects.get_or_create(
        listing=listing, broker=broker, defaults={"assigned_by": actor}
    )
    if created:
        record_event(listing, "listing.broker_assigned", actor=actor, broker=broker.pk)
    return assignment


def broker_listings(broker):
    """Listings a broker follows."""
    return Listing.objects.filter(broker_assignments__broker=broker).select_related("organisation")


def recommend_match(need: Listing, offer: Listing, *, actor, note: str) -> Recommendation:
    """Recommend to both parties that they talk; both organisations are told by email."""
    if need.kind in OFFER_KINDS or offer.kind not in OFFER_KINDS:
        raise DomainError(_("A recommendation pairs a need with an offer."), code="kinds")
    if not (
        actor.has_perm("matching.recommend", need) or actor.has_perm("matching.recommend", offer)
    ):
        raise PermissionDenied()
    if need.organisation_id == offer.organisation_id:
        raise DomainError(_("Both listings belong to the same organisation."), code="same_org")
    try:
        with transaction.atomic():
            recommendation = Recommendation.objects.create(
                broker=actor,
                need=need,
                offer=offer,
                note=note.strip(),
                content_locale=actor.language,
            )
            record_event(recommendation, "recommendation.created", actor=actor)
    except IntegrityError as error:
        raise DomainError(_("This pair was already recommended."), code="duplicate") from error
    transaction.on_commit(lambda: _notify_parties(recommendation))
    return recommendation


def _notify_parties(recommendation: Recommendation) -> None:
    for listing, other in (
        (recommendation.need, recommendation.offer),
        (recommendation.offer, recommendation.need),
    ):
        users = [m.user for m in listing.organisation.memberships.select_related("user")]
        email_users(
            users,
            subject_template="matching/email/recommendation_subject.txt",
            body_template="matching/email/recommendation.txt",
            context={"recommendation": recommendation, "listing": listing, "other": other},
            kind=NotificationKind.RECOMMENDATION,
            url=reverse("web:recommendation_detail", args=[recommendation.pk]),
        )


def add_follow_up(
    recommendation: Recommendation,
    *,
    actor,
    note: str,
    outcome: str,
    next_step_on: datetime.date | None = None,
) -> FollowUp:
    """Log how a recommendation is going; its outcome becomes the recommendation's."""
    require(actor, "matching.follow_up", recommendation)
    with transaction.atomic():
        follow_up = FollowUp.objects.create(
            recommendation=recommendation,
            author=actor,
            note=note.strip(),
            outcome=outcome,
            next_step_on=next_step_on,
        )
        recommendation.outcome = outcome
        recommendation.save(update_fields=["outcome", "updated_at"])
        record_event(recommendation, "recommendation.follow_up", actor=actor, outcome=outcome)
    return follow_up
