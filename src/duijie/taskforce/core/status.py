"""The status of a task-force work item, computed from its dates, milestones and reports.

Pure Python (no Django), so the rule can be tested exhaustively and read in one place.

The rule, applied in this order on day `today`:

1. **done** — the item has a completion date.
2. **overdue** — today is after the due date (and the item is not done).
3. **not started** — today is before the start date and nothing was reported or completed yet.
4. **at risk** — any of:
   - a milestone is past its due date and not done (``milestone_late``);
   - a participating unit's latest report says "at risk" (``reported_at_risk``);
   - a participating unit (the lead unit or a co-handling unit) has not reported within
     the reporting period: its latest report — or the start date when it never
     reported — is more than ``reporting_period_days`` before today (``report_missing``).
5. **on track** — otherwise.

Every reason that applies is returned (not just the first), so a board can say why.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum


class Status(StrEnum):
    NOT_STARTED = "not_started"
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OVERDUE = "overdue"
    DONE = "done"


STATUS_ORDER = (Status.NOT_STARTED, Status.ON_TRACK, Status.AT_RISK, Status.OVERDUE, Status.DONE)


class Reason(StrEnum):
    MILESTONE_LATE = "milestone_late"
    REPORTED_AT_RISK = "reported_at_risk"
    REPORT_MISSING = "report_missing"


@dataclass(frozen=True)
class MilestoneFacts:
    due: datetime.date
    done_on: datetime.date | None = None


@dataclass(frozen=True)
class ReportFacts:
    unit: int
    on: datetime.date
    at_risk: bool = False


@dataclass(frozen=True)
class ItemFacts:
    start: datetime.date
    due: datetime.date
    units: frozenset[int]
    reporting_period_days: int = 30
    done_on: datetime.date | None = None
    milestones: tuple[MilestoneFacts, ...] = ()
    reports: tuple[ReportFacts, ...] = ()


@dataclass(frozen=True)
class Finding:
    """One reason an item is at risk; `units` names the units concerned (report reasons)."""

    reason: Reason
    units: frozenset[int] = field(default_factory=frozenset)


@dataclass(frozen=True)
class StatusResult:
    status: Status
    findings: tuple[Finding, ...] = ()
    days_overdue: int = 0

    @property
    def reasons(self) -> tuple[Reason, ...]:
        return tuple(finding.reason for finding in self.findings)


def compute_status(item: ItemFacts, today: datetime.date) -> StatusResult:
    """The item's status on `today`, with every reason that makes it at risk."""
    if item.done_on is not None:
        return StatusResult(Status.DONE)
    if today > item.due:
        return StatusResult(Status.OVERDUE, days_overdue=(today - item.due).days)
    if today < item.start and not _has_activity(item):
        return StatusResult(Status.NOT_STARTED)
    findings = risk_findings(item, today)
    return StatusResult(Status.AT_RISK if findings else Status.ON_TRACK, findings)


def _has_activity(item: ItemFacts) -> bool:
    return bool(item.reports) or any(m.done_on is not None for m in item.milestones)


def risk_findings(item: ItemFacts, today: datetime.date) -> tuple[Finding, ...]:
    """Every reason the item is at risk on `today` (empty when none)."""
    findings = []
    if any(m.done_on is None and m.due < today for m in item.milestones):
        findings.append(Finding(Reason.MILESTONE_LATE))
    latest = latest_reports(item.reports)
    flagged = frozenset(unit for unit, report in latest.items() if report.at_risk)
    if flagged:
        findings.append(Finding(Reason.REPORTED_AT_RISK, flagged))
    silent = units_due_to_report(item, today, latest)
    if silent:
        findings.append(Finding(Reason.REPORT_MISSING, silent))
    return tuple(findings)


def latest_reports(reports: Iterable[ReportFacts]) -> dict[int, ReportFacts]:
    """Each unit's most recent report; on the same day the later one in the sequence wins."""
    latest: dict[int, ReportFacts] = {}
    for report in reports:
        current = latest.get(report.unit)
        if current is None or report.on >= current.on:
            latest[report.unit] = report
    return latest


def units_due_to_report(
    item: ItemFacts, today: datetime.date, latest: dict[int, ReportFacts] | None = None
) -> frozenset[int]:
    """Participating units whose last report (or the start) is older than the period."""
    latest = latest_reports(item.reports) if latest is None else latest
    period = datetime.timedelta(days=item.reporting_period_days)
    return frozenset(
        unit
        for unit in item.units
        if today - (latest[unit].on if unit in latest else item.start) > period
    )


def next_report_due(
    item: ItemFacts, unit: int, latest: dict[int, ReportFacts] | None = None
) -> datetime.date:
    """The day by which `unit` should report next."""
    latest = latest_reports(item.reports) if latest is None else latest
    last = latest[unit].on if unit in latest else item.start
    return last + datetime.timedelta(days=item.reporting_period_days)
