"""Lists and boards of work items: filtering, grouping by computed status, unit boards."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import Q
from django.utils import timezone

from duijie.taskforce.core.status import (
    STATUS_ORDER,
    latest_reports,
    next_report_due,
    units_due_to_report,
)
from duijie.taskforce.domain.access import visible_work_items
from duijie.taskforce.domain.status import (
    annotate_status,
    filter_by_status,
    item_facts,
    with_status_data,
)
from duijie.taskforce.models import ItemStatus, WorkItem

MAX_QUERY_LENGTH = 200
REPORT_SOON_DAYS = 7


@dataclass(frozen=True)
class WorkItemFilters:
    q: str = ""
    workstream: str = ""
    unit: str = ""
    status: str = ""
    role: str = ""  # "lead" or "co", with `unit`


def filter_work_items(user, filters: WorkItemFilters, today=None) -> list[WorkItem]:
    """Visible work items matching the filters, each annotated with `.state`."""
    queryset = visible_work_items(user)
    if filters.workstream:
        queryset = queryset.filter(workstream__code=filters.workstream)
    if filters.unit:
        queryset = queryset.filter(_unit_condition(filters.unit, filters.role))
    text = filters.q.strip()[:MAX_QUERY_LENGTH]
    for term in text.split():
        queryset = queryset.filter(
            Q(title_zh__icontains=term)
            | Q(title_en__icontains=term)
            | Q(description__icontains=term)
        )
    items = annotate_status(with_status_data(queryset.distinct()), today)
    return filter_by_status(items, filters.status)


def _unit_condition(code: str, role: str) -> Q:
    lead, co = Q(lead_unit__code=code), Q(co_units__code=code)
    return {"lead": lead, "co": co}.get(role, lead | co)


@dataclass
class Column:
    status: str
    label: str
    items: list


def board_columns(items: list[WorkItem]) -> list[Column]:
    """One column per status, in the board's order; items keep their order (due date)."""
    return [
        Column(
            status.value,
            ItemStatus(status.value).label,
            [item for item in items if item.state.status == status],
        )
        for status in STATUS_ORDER
    ]


def status_counts(items: list[WorkItem]) -> dict[str, int]:
    return {status.value: sum(i.state.status == status for i in items) for status in STATUS_ORDER}


def overdue_report_count(items: list[WorkItem], today=None) -> int:
    """Unfinished items on which at least one participating unit's report is overdue."""
    today = today or timezone.localdate()
    return sum(
        item.done_on is None and bool(units_due_to_report(item_facts(item), today))
        for item in items
    )


@dataclass
class ReportDue:
    item: WorkItem
    due_on: datetime.date
    late: bool


def reports_due(items: list[WorkItem], unit, today=None) -> list[ReportDue]:
    """Items on which `unit` should report within a week (or already should have), soonest first."""
    today = today or timezone.localdate()
    horizon = today + datetime.timedelta(days=REPORT_SOON_DAYS)
    due = []
    for item in items:
        facts = item_facts(item)
        if item.done_on is not None or unit.pk not in facts.units:
            continue
        due_on = next_report_due(facts, unit.pk, latest_reports(facts.reports))
        if due_on <= horizon:
            due.append(ReportDue(item, due_on, due_on < today))
    return sorted(due, key=lambda entry: (entry.due_on, entry.item.pk))
