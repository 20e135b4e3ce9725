"""The progress-report reminder rule, without a database."""

from __future__ import annotations

import datetime

from duijie.services.core.workdays import WorkCalendar
from duijie.taskforce.core.reminders import (
    ReminderDue,
    ReminderKind,
    remind_from,
    reminder_kind,
    reminders_due,
)
from duijie.taskforce.core.status import ItemFacts, ReportFacts

LEAD, CO = 1, 2
START = datetime.date(2024, 9, 9)  # a Monday; with a 30-day period the first report is due
REPORT_DUE = datetime.date(2024, 10, 9)  # on Wednesday 9 October, after the National Day week
NATIONAL_DAY = WorkCalendar.build(
    holidays=[datetime.date(2024, 10, day) for day in range(1, 8)],
    makeup_workdays=[datetime.date(2024, 9, 29), datetime.date(2024, 10, 12)],
)


def day(month: int, dom: int) -> datetime.date:
    return datetime.date(2024, month, dom)


def facts(**changes) -> ItemFacts:
    fields = {
        "start": START,
        "due": day(12, 31),
        "units": frozenset({LEAD, CO}),
        "reporting_period_days": 30,
    }
    return ItemFacts(**{**fields, **changes})


def test_window_counts_working_days_back_over_weekends():
    # Wednesday 9 Oct without holidays: Tue 8, Mon 7, Fri 4.
    assert remind_from(REPORT_DUE, 3, WorkCalendar()) == day(10, 4)


def test_window_skips_public_holidays_and_counts_makeup_days():
    # Tue 8 Oct (1), 1–7 Oct are holidays, Mon 30 Sep (2), Sun 29 Sep is worked (3).
    assert remind_from(REPORT_DUE, 3, NATIONAL_DAY) == day(9, 29)
    assert remind_from(REPORT_DUE, 0, NATIONAL_DAY) == REPORT_DUE


def test_kind_on_each_side_of_the_window_and_the_due_date():
    def kind(today):
        return reminder_kind(REPORT_DUE, today, lead_working_days=3, calendar=NATIONAL_DAY)

    assert kind(day(9, 28)) is None
    assert kind(day(9, 29)) == ReminderKind.DUE_SOON
    assert kind(REPORT_DUE) == ReminderKind.DUE_SOON  # the due date itself is still on time
    assert kind(day(10, 10)) == ReminderKind.OVERDUE


def test_each_unit_is_due_from_its_own_latest_report():
    item = facts(reports=(ReportFacts(LEAD, day(9, 20)),))
    # The lead unit reported on 20 Sep, so it is next due on 20 Oct; the co-unit on 9 Oct.
    assert reminders_due(item, day(10, 8), calendar=NATIONAL_DAY) == (
        ReminderDue(CO, ReminderKind.DUE_SOON, REPORT_DUE),
    )
    assert reminders_due(item, day(10, 17), calendar=NATIONAL_DAY) == (
        ReminderDue(LEAD, ReminderKind.DUE_SOON, day(10, 20)),
        ReminderDue(CO, ReminderKind.OVERDUE, REPORT_DUE),
    )


def test_done_items_and_items_past_their_own_due_date_call_for_nothing():
    assert reminders_due(facts(done_on=day(9, 30)), day(10, 8)) == ()
    # Past its due date the item is escalated instead (taskforce/core/escalation.py).
    assert reminders_due(facts(due=day(10, 9)), day(10, 10)) == ()
    assert reminders_due(facts(due=day(10, 9)), day(10, 9)) == (
        ReminderDue(LEAD, ReminderKind.DUE_SOON, REPORT_DUE),
        ReminderDue(CO, ReminderKind.DUE_SOON, REPORT_DUE),
    )


def test_default_lead_is_three_working_days():
    assert reminders_due(facts(), day(10, 3)) == ()
    assert [entry.kind for entry in reminders_due(facts(), day(10, 4))] == [
        ReminderKind.DUE_SOON,
        ReminderKind.DUE_SOON,
    ]
