"""Computing work-item status from the database rows, through the pure rule in core."""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from django.db.models import Prefetch, QuerySet
from django.utils import timezone

from duijie.taskforce.core.status import (
    ItemFacts,
    MilestoneFacts,
    ReportFacts,
    Status,
    StatusResult,
    compute_status,
)
from duijie.taskforce.models import Assessment, Milestone, ProgressReport, WorkItem


def with_status_data(queryset: QuerySet[WorkItem]) -> QuerySet[WorkItem]:
    """Prefetch what status computation reads, so a board costs a fixed number of queries."""
    reports = ProgressReport.objects.order_by("reported_on", "id")
    return queryset.select_related("workstream", "lead_unit").prefetch_related(
        "co_units",
        "owners",
        Prefetch("milestones", queryset=Milestone.objects.all()),
        Prefetch("reports", queryset=reports, to_attr="reports_in_order"),
    )


def item_facts(item: WorkItem) -> ItemFacts:
    """The facts of a work item the status rule reads (reports oldest first)."""
    reports = getattr(item, "reports_in_order", None)
    if reports is None:
        reports = list(item.reports.order_by("reported_on", "id"))
    return ItemFacts(
        start=item.start_date,
        due=item.due_date,
        units=frozenset([item.lead_unit_id, *(unit.pk for unit in item.co_units.all())]),
        reporting_period_days=item.reporting_period_days,
        done_on=item.done_on,
        milestones=tuple(MilestoneFacts(m.due_date, m.done_on) for m in item.milestones.all()),
        reports=tuple(
            ReportFacts(r.unit_id, r.reported_on, r.assessment == Assessment.AT_RISK)
            for r in reports
        ),
    )


def status_of(item: WorkItem, today: datetime.date | None = None) -> StatusResult:
    """The computed status of one work item on `today` (default: today in Shanghai)."""
    return compute_status(item_facts(item), today or timezone.localdate())


def annotate_status(
    items: Iterable[WorkItem], today: datetime.date | None = None
) -> list[WorkItem]:
    """Attach `.state` (a StatusResult) to each item and return them as a list."""
    today = today or timezone.localdate()
    annotated = list(items)
    for item in annotated:
        item.state = compute_status(item_facts(item), today)
    return annotated


def filter_by_status(items: list[WorkItem], status: str) -> list[WorkItem]:
    """Items (already annotated) whose computed status is `status`; all when it is empty."""
    if not status:
        return items
    return [item for item in items if item.state.status == Status(status)]
