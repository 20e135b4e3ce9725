"""Which progress-report reminders a work item calls for on a day (pure Python, no Django).

The rule, for each participating unit (lead or co-handling) of an item on day `today`:

* The unit's report is due on ``next_report_due`` (its latest report, or the start date,
  plus the reporting period) — the same date the status rule uses, so a report due today
  is still on time.
* **due soon** — from ``lead_working_days`` working days before that date (counted back on
  the official calendar, so weekends and public holidays do not count) up to the date itself.
* **overdue** — after that date.

Nothing is due for an item that is done, or that is itself past its due date: overdue items
are escalated by taskforce/core/escalation.py, whose emails already ask for a report.
Each reminder is keyed by (unit, kind, report date); the caller sends each key once.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from enum import StrEnum

from duijie.services.core.workdays import WorkCalendar, subtract_working_days
from duijie.taskforce.core.status import ItemFacts, latest_reports, next_report_due

DEFAULT_LEAD_WORKING_DAYS = 3


class ReminderKind(StrEnum):
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"


@dataclass(frozen=True)
class ReminderDue:
    """A reminder to send: `unit` should report by `report_due`."""

    unit: int
    kind: ReminderKind
    report_due: datetime.date


def remind_from(
    report_due: datetime.date, lead_working_days: int, calendar: WorkCalendar
) -> datetime.date:
    """The first day of the due-soon window: `lead_working_days` working days before the date."""
    return subtract_working_days(report_due, lead_working_days, calendar)


def reminder_kind(
    report_due: datetime.date,
    today: datetime.date,
    *,
    lead_working_days: int,
    calendar: WorkCalendar,
) -> ReminderKind | None:
    """Overdue after the date, due soon inside the window, otherwise nothing."""
    if today > report_due:
        return ReminderKind.OVERDUE
    if remind_from(report_due, lead_working_days, calendar) <= today:
        return ReminderKind.DUE_SOON
    return None


def reminders_due(
    item: ItemFacts,
    today: datetime.date,
    *,
    lead_working_days: int = DEFAULT_LEAD_WORKING_DAYS,
    calendar: WorkCalendar | None = None,
) -> tuple[ReminderDue, ...]:
    """Every reminder the item calls for on `today`, one per unit at most, by unit id."""
    if item.done_on is not None or today > item.due:
        return ()
    calendar = calendar or WorkCalendar()
    latest = latest_reports(item.reports)
    found = []
    for unit in sorted(item.units):
        report_due = next_report_due(item, unit, latest)
        kind = reminder_kind(
            report_due, today, lead_working_days=lead_working_days, calendar=calendar
        )
        if kind is not None:
            found.append(ReminderDue(unit, kind, report_due))
    return tuple(found)
