"""Read API of the task force: work items, proposals and public replies, same rules as pages."""
# No `from __future__ import annotations`: django-ninja reads these annotations at runtime.

import datetime

from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from ninja import Query, Router, Schema
from ninja.errors import HttpError
from ninja.pagination import paginate

from duijie.api.access import require
from duijie.api.pagination import PageNumberPagination
from duijie.taskforce.core.status import Status
from duijie.taskforce.domain.access import (
    visible_proposals,
    visible_work_items,
)
from duijie.taskforce.domain.boards import WorkItemFilters, filter_work_items
from duijie.taskforce.domain.browse import ProposalFilters, current_of, filter_proposals
from duijie.taskforce.domain.replies import public_replies
from duijie.taskforce.domain.status import annotate_status, with_status_data

router = Router()


class UnitOut(Schema):
    code: str
    name_zh: str
    name_en: str


class MilestoneOut(Schema):
    title_zh: str
    title_en: str
    due_date: datetime.date
    done_on: datetime.date | None


class ProgressReportOut(Schema):
    unit: UnitOut
    reported_on: datetime.date
    assessment: str
    text: str
    content_locale: str


class WorkItemOut(Schema):
    id: int
    workstream: str
    title_zh: str
    title_en: str
    lead_unit: UnitOut
    co_units: list[UnitOut]
    start_date: datetime.date
    due_date: datetime.date
    done_on: datetime.date | None
    reporting_period_days: int
    status: str
    reasons: list[str]
    days_overdue: int


class WorkItemDetailOut(WorkItemOut):
    description: str
    milestones: list[MilestoneOut]
    reports: list[ProgressReportOut]


class WorkItemQuery(Schema):
    q: str = ""
    workstream: str = ""
    unit: str = ""
    status: str = ""
    role: str = ""


def item_out(item) -> dict:
    return {
        **{name: getattr(item, name) for name in WorkItemOut.model_fields if hasattr(item, name)},
        "workstream": item.workstream.code,
        "co_units": list(item.co_units.all()),
        "status": item.state.status.value,
        "reasons": [reason.value for reason in item.state.reasons],
        "days_overdue": item.state.days_overdue,
    }


@router.get("/items", response=list[WorkItemOut], summary="Work items the caller may see")
@paginate(PageNumberPagination, page_size=20)
def list_items(request, filters: Query[WorkItemQuery]):
    require(request, "taskforce.use_taskforce")
    if filters.status and filters.status not in {status.value for status in Status}:
        raise HttpError(422, _("Unknown status."))
    items = filter_work_items(request.user, WorkItemFilters(**filters.dict()))
    return [item_out(item) for item in items]


@router.get("/items/{item_id}", response=WorkItemDetailOut, summary="One visible work item")
def get_item(request, item_id: int):
    require(request, "taskforce.use_taskforce")
    queryset = with_status_data(visible_work_items(request.user))
    (item,) = annotate_status([get_object_or_404(queryset, pk=item_id)])
    return {
        **item_out(item),
        "description": item.description,
        "milestones": list(item.milestones.all()),
        "reports": list(item.reports.select_related("unit")),
    }


class ReplyOut(Schema):
    id: int
    version: int
    status: str
    document_number: str
    handling_result: str
    disclosure: str
    reply_date: datetime.date


class ProposalOut(Schema):
    id: int
    kind: str
    session: str
    number: str
    proposers: list[str]
    subject: str
    content_locale: str
    received_on: datetime.date
    reply_due: datetime.date
    lead_unit: UnitOut | None
    co_units: list[UnitOut]
    status: str
    feedback: str
    current_reply: ReplyOut | None


class ProposalQuery(Schema):
    q: str = ""
    kind: str = ""
    session: str = ""
    unit: str = ""
    status: str = ""
    handling_result: str = ""


def proposal_out(proposal) -> dict:
    names = [name for name in ProposalOut.model_fields if hasattr(proposal, name)]
    fields = {name: getattr(proposal, name) for name in names}
    fields["co_units"] = list(proposal.co_units.all())
    return {**fields, "current_reply": current_of(proposal)}


@router.get("/proposals", response=list[ProposalOut], summary="Proposals the caller may see")
@paginate(PageNumberPagination, page_size=20)
def list_proposals(request, filters: Query[ProposalQuery]):
    require(request, "taskforce.use_taskforce")
    proposals = filter_proposals(request.user, ProposalFilters(**filters.dict()))
    return [proposal_out(proposal) for proposal in proposals]


@router.get("/proposals/{proposal_id}", response=ProposalOut, summary="One visible proposal")
def get_proposal(request, proposal_id: int):
    require(request, "taskforce.use_taskforce")
    proposal = get_object_or_404(visible_proposals(request.user), pk=proposal_id)
    return proposal_out(proposal)


class PublicReplyOut(Schema):
    id: int
    document_number: str
    issuing_unit: UnitOut
    session: str
    proposal_number: str
    subject: str
    handling_result: str
    reply_date: datetime.date
    body: str


def public_out(reply) -> dict:
    proposal = reply.proposal
    return {
        "id": reply.pk,
        "document_number": reply.document_number,
        "issuing_unit": proposal.lead_unit,
        "session": proposal.session,
        "proposal_number": proposal.number,
        "subject": proposal.subject,
        "handling_result": reply.handling_result,
        "reply_date": reply.reply_date,
        "body": reply.body,
    }


@router.get(
    "/public-replies", response=list[PublicReplyOut], summary="Replies disclosed proactively"
)
@paginate(PageNumberPagination, page_size=20)
def list_public_replies(request):
    replies = public_replies().select_related("proposal__lead_unit").order_by("-reply_date", "-id")
    return [public_out(reply) for reply in replies]


@router.get("/public-replies/{reply_id}", response=PublicReplyOut, summary="One public reply")
def get_public_reply(request, reply_id: int):
    reply = get_object_or_404(public_replies().select_related("proposal__lead_unit"), pk=reply_id)
    return public_out(reply)
