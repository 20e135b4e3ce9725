"""Deputies' proposals: recording, assigning units, handling steps and proposers' feedback."""

from __future__ import annotations

import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from duijie.common.audit import record_event
from duijie.common.errors import DomainError
from duijie.common.i18n import normalise_language
from duijie.common.permissions import require
from duijie.taskforce.models import Feedback, HandlingStep, Proposal, ProposalStatus, StepKind

PROPOSAL_FIELDS = (
    "kind",
    "session",
    "number",
    "proposers",
    "subject",
    "text",
    "content_locale",
    "received_on",
    "reply_due",
)


def split_names(text: str) -> list[str]:
    """Names separated by commas, 、, semicolons or line breaks."""
    for separator in ("，", "、", ";", "；", "\n"):
        text = text.replace(separator, ",")
    return [name.strip() for name in text.split(",") if name.strip()]


def _check_proposal(fields: dict, lead_unit, co_units) -> None:
    if not fields.get("proposers"):
        raise DomainError(_("Name at least one proposer."), code="proposers")
    if fields["reply_due"] < fields["received_on"]:
        raise DomainError(_("The reply cannot be due before the proposal was received."))
    if lead_unit is not None and lead_unit in list(co_units):
        raise DomainError(_("The lead unit cannot also be a co-handling unit."), code="units")


def record_proposal(*, actor, fields: dict, lead_unit=None, co_units=()) -> Proposal:
    """Register a proposal, optionally assigning its units at once (coordinators)."""
    require(actor, "taskforce.create_proposal")
    data = {k: v for k, v in fields.items() if k in PROPOSAL_FIELDS}
    _check_proposal(data, lead_unit, co_units)
    try:
        with transaction.atomic():
            proposal = Proposal.objects.create(created_by=actor, lead_unit=lead_unit, **data)
            proposal.co_units.set(co_units)
            if lead_unit is not None:
                proposal.status = ProposalStatus.HANDLING
                proposal.save(update_fields=["status"])
            record_event(proposal, "proposal.recorded", actor=actor)
    except IntegrityError as error:
        raise DomainError(
            _("A proposal with this number is already recorded for this session."),
            code="duplicate",
        ) from error
    return proposal


def update_proposal(proposal: Proposal, *, actor, fields: dict) -> Proposal:
    """Correct a proposal's particulars (coordinators)."""
    require(actor, "taskforce.assign_proposal", proposal)
    data = {name: getattr(proposal, name) for name in PROPOSAL_FIELDS}
    data.update({k: v for k, v in fields.items() if k in PROPOSAL_FIELDS})
    _check_proposal(data, None, ())
    try:
        with transaction.atomic():
            for name, value in data.items():
                setattr(proposal, name, value)
            proposal.save()
            record_event(proposal, "proposal.edited", actor=actor, fields=sorted(fields))
    except IntegrityError as error:
        raise DomainError(
            _("A proposal with this number is already recorded for this session."),
            code="duplicate",
        ) from error
    return proposal


def assign_units(proposal: Proposal, *, actor, lead_unit, co_units=()) -> Proposal:
    """Give a proposal its lead unit (主办) and co-handling units (会办) (coordinators)."""
    require(actor, "taskforce.assign_proposal", proposal)
    _check_proposal(
        {"proposers": proposal.proposers, **_dates(proposal)}, lead_unit, list(co_units)
    )
    with transaction.atomic():
        proposal.lead_unit = lead_unit
        if proposal.status == ProposalStatus.REGISTERED:
            proposal.status = ProposalStatus.HANDLING
        proposal.save(update_fields=["lead_unit", "status", "updated_at"])
        proposal.co_units.set(co_units)
        record_event(
            proposal,
            "proposal.assigned",
            actor=actor,
            lead=lead_unit.pk,
            co=sorted(unit.pk for unit in co_units),
        )
    return proposal


def _dates(proposal: Proposal) -> dict:
    return {"received_on": proposal.received_on, "reply_due": proposal.reply_due}


def log_step(
    proposal: Proposal,
    *,
    actor,
    kind: str,
    happened_on: datetime.date,
    note: str,
    content_locale: str,
) -> HandlingStep:
    """Log a handling step (a call, visit or meeting) by the actor's unit (lead or co-unit)."""
    require(actor, "taskforce.log_step", proposal)
    if kind not in StepKind.values:
        raise DomainError(_("Choose what kind of step this was."), code="kind")
    if happened_on > timezone.localdate():
        raise DomainError(_("A step cannot be dated in the future."), code="future")
    if not note.strip():
        raise DomainError(_("Describe what was done."), code="note")
    with transaction.atomic():
        step = proposal.steps.create(
            kind=kind,
            unit=actor.department,
            happened_on=happened_on,
            note=note.strip(),
            content_locale=normalise_language(content_locale),
            author=actor,
        )
        record_event(proposal, "proposal.step_logged", actor=actor, step=step.pk, kind=kind)
    return step


def record_feedback(
    proposal: Proposal,
    *,
    actor,
    feedback: str,
    note: str = "",
    received_on: datetime.date | None = None,
) -> Proposal:
    """Record the proposers' feedback on the issued reply; this closes the proposal."""
    require(actor, "taskforce.record_feedback", proposal)
    if proposal.status not in {ProposalStatus.REPLIED, ProposalStatus.CLOSED}:
        raise DomainError(_("Feedback can be recorded once a reply is issued."), code="no_reply")
    if feedback not in Feedback.values:
        raise DomainError(_("Choose the proposers' feedback."), code="feedback")
    with transaction.atomic():
        proposal.feedback = feedback
        proposal.feedback_note = note.strip()
        proposal.feedback_on = received_on or timezone.localdate()
        proposal.status = ProposalStatus.CLOSED
        proposal.save()
        record_event(proposal, "proposal.feedback", actor=actor, feedback=feedback)
    return proposal
