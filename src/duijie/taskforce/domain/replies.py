"""Formal replies to proposals: drafting from the template, issuing DOCX and PDF, corrections.

An issued reply never changes. A correction is a new draft version that supersedes the
latest issued one when it is issued in turn; the newest issued version is the current one.
Only a current reply marked 主动公开 is shown to the public.
"""

from __future__ import annotations

from collections.abc import Callable

from django.db import transaction
from django.db.models import F, OuterRef, QuerySet, Subquery
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from duijie.common.audit import record_event
from duijie.common.errors import DomainError
from duijie.common.permissions import require
from duijie.taskforce.core.docnumber import DocumentNumberError, parse_document_number
from duijie.taskforce.core.letter import (
    Letter,
    LetterInput,
    build_letter,
    draft_body,
    handling_note,
)
from duijie.taskforce.models import (
    Disclosure,
    HandlingResult,
    Proposal,
    ProposalStatus,
    Reply,
    ReplyStatus,
)

REPLY_FIELDS = (
    "document_number",
    "handling_result",
    "disclosure",
    "body",
    "contact_person",
    "contact_phone",
    "cc",
    "reply_date",
)
DOCUMENT_NUMBER_ERRORS = {
    "empty": _("Enter the document number, e.g. 杨府〔2023〕20号."),
    "brackets": _("Put the year in hexagonal brackets 〔〕, e.g. 杨府〔2023〕20号."),
    "year": _("Write the year with four digits inside 〔〕, e.g. 杨府〔2023〕20号."),
    "serial": _("End with the serial number and 号, without leading zeros, e.g. 杨府〔2023〕20号."),
    "format": _("Write the number as issuer code, 〔year〕, serial and 号, e.g. 杨府〔2023〕20号."),
}


def document_number_problem(text: str, reply_date=None):
    """A translated message saying what is wrong with a document number, or None."""
    try:
        number = parse_document_number(text)
    except DocumentNumberError as error:
        return DOCUMENT_NUMBER_ERRORS[error.code]
    if reply_date is not None and number.year != reply_date.year:
        return _("The year in the document number must be the year of the reply date.")
    return None


def suggested_body(proposal: Proposal) -> str:
    """The template text a new reply starts from, with the handling steps logged so far."""
    notes = [
        handling_note(step.happened_on, step.unit.name_zh, step.kind, step.note)
        for step in proposal.steps.select_related("unit")
    ]
    return draft_body(
        subject=proposal.subject,
        lead_unit=proposal.lead_unit.name_zh if proposal.lead_unit else "",
        co_units=[unit.name_zh for unit in proposal.co_units.all()],
        handling_notes=notes,
    )


def _clean(fields: dict) -> dict:
    data = {name: fields.get(name) for name in REPLY_FIELDS}
    problem = document_number_problem(data["document_number"] or "", data["reply_date"])
    if problem:
        raise DomainError(problem, code="document_number")
    if data["handling_result"] not in HandlingResult.values:
        raise DomainError(_("Choose the handling result."), code="handling_result")
    if data["disclosure"] not in Disclosure.values:
        raise DomainError(_("Choose the disclosure attribute."), code="disclosure")
    if not (data["body"] or "").strip() or not (data["contact_person"] or "").strip():
        raise DomainError(_("The reply needs its text and a contact person."), code="body")
    data["document_number"] = data["document_number"].strip()
    data["cc"] = [name.strip() for name in (data["cc"] or []) if name.strip()]
    data["contact_phone"] = (data["contact_phone"] or "").strip()
    return data


def latest_issued(proposal: Proposal) -> Reply | None:
    return proposal.replies.filter(status=ReplyStatus.ISSUED).order_by("-version").first()


def open_draft(proposal: Proposal) -> Reply | None:
    return proposal.replies.filter(status=ReplyStatus.DRAFT).first()


def draft_reply(proposal: Proposal, *, actor, fields: dict) -> Reply:
    """Save a new draft version of the reply (the lead unit); a correction after an issue."""
    require(actor, "taskforce.draft_reply", proposal)
    if proposal.lead_unit_id is None:
        raise DomainError(_("Assign the lead unit before drafting the reply."), code="no_lead")
    data = _clean(fields)
    with transaction.atomic():
        locked = Proposal.objects.select_for_update().get(pk=proposal.pk)
        if open_draft(locked) is not None:
            raise DomainError(_("A draft reply already exists; edit that one."), code="draft")
        last = locked.replies.order_by("-version").first()
        reply = Reply.objects.create(
            proposal=locked,
            version=last.version + 1 if last else 1,
            supersedes=latest_issued(locked),
            drafted_by=actor,
            **data,
        )
        record_event(locked, "proposal.reply_drafted", actor=actor, reply=reply.pk)
    return reply


def update_draft(reply: Reply, *, actor, fields: dict) -> Reply:
    """Change a draft reply; an issued reply refuses every change."""
    require(actor, "taskforce.edit_reply", reply)
    if reply.is_issued:
        raise DomainError(
            _("An issued reply cannot be changed; draft a correction instead."), code="issued"
        )
    data = _clean(fields)
    with transaction.atomic():
        Reply.objects.filter(pk=reply.pk, status=ReplyStatus.DRAFT).update(
            **data, updated_at=timezone.now()
        )
        record_event(reply.proposal, "proposal.reply_edited", actor=actor, reply=reply.pk)
    reply.refresh_from_db()
    return reply


def start_correction(reply: Reply, *, actor) -> Reply:
    """A new draft version copying an issued reply, to be corrected and issued again."""
    if not reply.is_issued:
        raise DomainError(_("Only an issued reply can be corrected."), code="not_issued")
    fields = {name: getattr(reply, name) for name in REPLY_FIELDS}
    return draft_reply(reply.proposal, actor=actor, fields=fields)


def _number_taken(reply: Reply) -> bool:
    """Another proposal's issued reply already carries this document number."""
    issued = Reply.objects.filter(status=ReplyStatus.ISSUED, document_number=reply.document_number)
    return issued.exclude(proposal_id=reply.proposal_id).exists()


# The documents are rendered by taskforce.interfaces.documents; the caller passes it in so
# that the domain does not depend on its own exporters.
Renderer = Callable[[Letter], tuple[bytes, bytes]]


def issue_reply(reply: Reply, *, actor, render: Renderer) -> Reply:
    """Issue a draft: render DOCX and PDF with `render`, freeze it, mark the proposal replied."""
    require(actor, "taskforce.issue_reply", reply.proposal)

    with transaction.atomic():
        locked = Reply.objects.select_for_update().select_related("proposal").get(pk=reply.pk)
        if locked.is_issued:
            raise DomainError(_("This reply has already been issued."), code="issued")
        _clean({name: getattr(locked, name) for name in REPLY_FIELDS})
        if _number_taken(locked):
            raise DomainError(
                _("This document number is already used by another reply."), code="number"
            )
        locked.status = ReplyStatus.ISSUED
        locked.issued_at, locked.issued_by = timezone.now(), actor
        letter = build_letter(letter_input(locked))
        locked.docx, locked.pdf = render(letter)
        locked.save()
        _mark_replied(locked.proposal)
        record_event(locked.proposal, "proposal.reply_issued", actor=actor, reply=locked.pk)
    reply.refresh_from_db()
    return reply


def _mark_replied(proposal: Proposal) -> None:
    if proposal.status in {ProposalStatus.REGISTERED, ProposalStatus.HANDLING}:
        proposal.status = ProposalStatus.REPLIED
        proposal.save(update_fields=["status", "updated_at"])


def letter_input(reply: Reply) -> LetterInput:
    proposal = reply.proposal
    return LetterInput(
        issuing_unit=proposal.lead_unit.name_zh if proposal.lead_unit else "",
        document_number=reply.document_number,
        session=proposal.session,
        proposal_number=proposal.number,
        proposal_kind=proposal.kind,
        subject=proposal.subject,
        proposers=list(proposal.proposers),
        body=reply.body,
        handling_result=reply.handling_result,
        disclosure=reply.disclosure,
        reply_date=reply.reply_date,
        contact_person=reply.contact_person,
        contact_phone=reply.contact_phone,
        cc=list(reply.cc),
        draft=not reply.is_issued,
    )


def current_replies() -> QuerySet[Reply]:
    """Each proposal's newest issued reply."""
    newest = (
        Reply.objects.filter(proposal=OuterRef("proposal"), status=ReplyStatus.ISSUED)
        .order_by("-version")
        .values("version")[:1]
    )
    issued = Reply.objects.filter(status=ReplyStatus.ISSUED)
    return issued.annotate(newest=Subquery(newest)).filter(version=F("newest"))


def public_replies() -> QuerySet[Reply]:
    """Current issued replies marked 主动公开: the only ones the public sees."""
    return current_replies().filter(disclosure=Disclosure.PROACTIVE)


def is_public(reply: Reply) -> bool:
    return public_replies().filter(pk=reply.pk).exists()
