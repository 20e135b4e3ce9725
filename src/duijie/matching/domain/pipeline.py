"""The broker pipeline: a queue of needs without a broker, claimed or assigned cases, stages.

A case is a `BrokerAssignment`: it moves new → contacted → introduced → meeting → agreement,
or is closed with an outcome, and carries the next step and its date; brokers are reminded
of steps that fall due. Two brokers claiming one need at the same moment: the first wins,
the second is told it was taken.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.db.models import QuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from duijie.common.audit import record_event
from duijie.common.errors import DomainError
from duijie.common.models.notifications import NotificationKind
from duijie.common.notify import notify
from duijie.common.permissions import require
from duijie.listings.domain.queries import published_listings
from duijie.listings.models import OFFER_KINDS, Listing
from duijie.matching.models import BrokerAssignment, CaseStage


@dataclass(frozen=True)
class QueueFilters:
    sector: str = ""  # a sector code
    language: str = ""  # a content locale
    country: str = ""  # the organisation's country
    older_than_days: int | None = None


def broker_queue(*, actor, filters: QueueFilters = QueueFilters()) -> QuerySet[Listing]:
    """Published needs and challenges no broker follows yet, oldest first."""
    require(actor, "matching.view_broker_queue")
    queue = published_listings().exclude(kind__in=OFFER_KINDS)
    queue = queue.filter(broker_assignments__isnull=True)
    if filters.sector:
        queue = queue.filter(sectors__code=filters.sector)
    if filters.language:
        queue = queue.filter(content_locale=filters.language)
    if filters.country:
        queue = queue.filter(organisation__country=filters.country)
    if filters.older_than_days:
        cutoff = timezone.now() - datetime.timedelta(days=filters.older_than_days)
        queue = queue.filter(published_at__lte=cutoff)
    return queue.select_related("organisation").order_by("published_at", "pk").distinct()


def claim_case(listing: Listing, *, actor) -> BrokerAssignment:
    """A broker takes a need from the queue; refused once someone else has it."""
    if actor.is_broker and BrokerAssignment.objects.filter(listing=listing).exists():
        raise DomainError(_("Another broker has just taken this need."), code="taken")
    require(actor, "matching.claim_case", listing)
    with transaction.atomic():
        Listing.objects.select_for_update().get(pk=listing.pk)
        # Read again under the lock: a claim that committed meanwhile wins.
        if BrokerAssignment.objects.filter(listing=listing).exists():
            raise DomainError(_("Another broker has just taken this need."), code="taken")
        case = BrokerAssignment.objects.create(listing=listing, broker=actor, assigned_by=actor)
        record_event(listing, "listing.broker_claimed", actor=actor, broker=actor.pk)
    return case


def reassign_case(case: BrokerAssignment, *, actor, broker) -> BrokerAssignment:
    """Platform staff hand a case to another broker; its stage and next step stay."""
    require(actor, "matching.assign_broker", case.listing)
    if not broker.is_broker:
        raise DomainError(_("Only technology brokers can be assigned."), code="not_broker")
    with transaction.atomic():
        locked = BrokerAssignment.objects.select_for_update().get(pk=case.pk)
        if BrokerAssignment.objects.filter(listing=locked.listing, broker=broker).exists():
            raise DomainError(_("This broker already follows this listing."), code="duplicate")
        previous = locked.broker_id
        locked.broker, locked.assigned_by = broker, actor
        locked.save(update_fields=["broker", "assigned_by"])
        record_event(locked.listing, "listing.broker_reassigned", actor=actor, old=previous)
    return locked


def move_case(
    case: BrokerAssignment,
    *,
    actor,
    stage: str,
    next_step: str = "",
    next_step_on: datetime.date | None = None,
    outcome_note: str = "",
) -> BrokerAssignment:
    """The case's broker records its stage, the next step and when; closing needs an outcome."""
    require(actor, "matching.move_case", case)
    if stage not in CaseStage.values:
        raise DomainError(_("Choose a stage."), code="stage")
    if stage == CaseStage.CLOSED and not outcome_note.strip():
        raise DomainError(_("Say how the case ended before closing it."), code="outcome")
    if stage != CaseStage.CLOSED and next_step_on and next_step_on < timezone.localdate():
        raise DomainError(_("The next step cannot be in the past."), code="date")
    with transaction.atomic():
        case.stage = stage
        case.next_step = next_step.strip()
        case.next_step_on = None if stage == CaseStage.CLOSED else next_step_on
        case.outcome_note = outcome_note.strip()
        case.reminded_on = None
        case.save(
            update_fields=["stage", "next_step", "next_step_on", "outcome_note", "reminded_on"]
        )
        record_event(case.listing, "listing.case_moved", actor=actor, stage=stage)
    return case


def cases_of(broker) -> QuerySet[BrokerAssignment]:
    """A broker's open cases, the most urgent next step first."""
    cases = BrokerAssignment.objects.filter(broker=broker).exclude(stage=CaseStage.CLOSED)
    return cases.select_related("listing__organisation").order_by("next_step_on", "pk")


def remind_due_cases(*, today: datetime.date | None = None) -> int:
    """Tell each broker once about every open case whose next step falls due today or earlier."""
    today = today or timezone.localdate()
    due = BrokerAssignment.objects.exclude(stage=CaseStage.CLOSED).filter(
        next_step_on__lte=today, reminded_on__isnull=True
    )
    sent = 0
    for case in due.select_related("broker", "listing"):
        with transaction.atomic():
            notify(
                case.broker,
                NotificationKind.DEADLINE_NEAR,
                subject_template="matching/email/case_due_subject.txt",
                body_template="matching/email/case_due.txt",
                context={"case": case, "listing": case.listing},
                url=reverse("web:broker_workspace"),
            )
            case.reminded_on = today
            case.save(update_fields=["reminded_on"])
        sent += 1
    return sent
