"""Filtering proposals, and the rows of the Excel exports of work items and proposals."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Prefetch, Q, QuerySet
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from duijie.taskforce.domain.access import visible_proposals
from duijie.taskforce.domain.replies import current_replies
from duijie.taskforce.models import ItemStatus, Proposal, Reply

MAX_QUERY_LENGTH = 200


@dataclass(frozen=True)
class ProposalFilters:
    q: str = ""
    kind: str = ""
    session: str = ""
    unit: str = ""
    status: str = ""
    handling_result: str = ""


def filter_proposals(user, filters: ProposalFilters) -> QuerySet[Proposal]:
    """Visible proposals matching the filters, with their current reply in `.current`."""
    queryset = visible_proposals(user)
    if filters.kind:
        queryset = queryset.filter(kind=filters.kind)
    if filters.session:
        queryset = queryset.filter(session=filters.session)
    if filters.unit:
        queryset = queryset.filter(Q(lead_unit__code=filters.unit) | Q(co_units__code=filters.unit))
    if filters.status:
        queryset = queryset.filter(status=filters.status)
    if filters.handling_result:
        current = current_replies().filter(handling_result=filters.handling_result)
        queryset = queryset.filter(pk__in=current.values("proposal_id"))
    for term in filters.q.strip()[:MAX_QUERY_LENGTH].split():
        queryset = queryset.filter(
            Q(subject__icontains=term) | Q(text__icontains=term) | Q(number__icontains=term)
        )
    return with_current_reply(queryset.distinct())


def with_current_reply(queryset: QuerySet[Proposal]) -> QuerySet[Proposal]:
    current = Prefetch("replies", queryset=current_replies(), to_attr="current_list")
    return queryset.select_related("lead_unit").prefetch_related("co_units", current)


def sessions() -> list[str]:
    return list(Proposal.objects.order_by("session").values_list("session", flat=True).distinct())


def current_of(proposal: Proposal) -> Reply | None:
    replies = getattr(proposal, "current_list", None)
    if replies is None:
        return current_replies().filter(proposal=proposal).first()
    return replies[0] if replies else None


def _names(units) -> str:
    return "、".join(unit.name for unit in units)


def work_item_rows(items) -> tuple[list[str], list[list]]:
    """Headers and rows of the work-item export (items annotated with `.state`)."""
    headers = [
        _("Workstream"), _("Title"), _("Lead unit"), _("Co-handling units"), _("Owners"),
        _("Start date"), _("Due date"), _("Status"), _("Completed on"), _("Latest report"),
    ]  # fmt: skip
    rows = []
    for item in items:
        reports = getattr(item, "reports_in_order", [])
        rows.append([
            item.workstream.name, item.title, item.lead_unit.name, _names(item.co_units.all()),
            "、".join(user.full_name for user in item.owners.all()), item.start_date,
            item.due_date, ItemStatus(item.state.status.value).label, item.done_on,
            reports[-1].reported_on if reports else None,
        ])  # fmt: skip
    return headers, rows


def proposal_rows(proposals) -> tuple[list[str], list[list]]:
    """Headers and rows of the proposal export."""
    headers = [
        pgettext("proposal", "Session"), _("Number"), _("Kind"), _("Proposers"),
        pgettext("proposal", "Subject"), _("Lead unit"), _("Co-handling units"),
        _("Received on"), _("Reply due"), _("Status"),
        _("Document number"), _("Handling result"), _("Disclosure"), _("Feedback"),
    ]  # fmt: skip
    rows = []
    for proposal in proposals:
        reply = current_of(proposal)
        rows.append([
            proposal.session, proposal.number, proposal.get_kind_display(),
            "、".join(proposal.proposers), proposal.subject,
            proposal.lead_unit.name if proposal.lead_unit else "",
            _names(proposal.co_units.all()), proposal.received_on, proposal.reply_due,
            proposal.get_status_display(), reply.document_number if reply else "",
            reply.get_handling_result_display() if reply else "",
            reply.get_disclosure_display() if reply else "", proposal.get_feedback_display(),
        ])  # fmt: skip
    return headers, rows
