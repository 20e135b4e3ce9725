import datetime

import pytest

from duijie.taskforce.core.escalation import (
    LEVEL_TWO_AFTER_DAYS,
    REPEAT_DAYS,
    escalation_due,
    escalation_level,
)

DUE = datetime.date(2024, 6, 1)


def day(n: int) -> datetime.date:
    """`n` days after the due date."""
    return DUE + datetime.timedelta(days=n)


@pytest.mark.parametrize(
    ("days_overdue", "level"), [(-3, 0), (0, 0), (1, 1), (13, 1), (14, 2), (100, 2)]
)
def test_level_by_days_overdue(days_overdue, level):
    assert escalation_level(days_overdue) == level


def test_constants_are_the_documented_ones():
    assert (REPEAT_DAYS, LEVEL_TWO_AFTER_DAYS) == (7, 14)


def test_first_escalation_on_the_first_overdue_day():
    assert escalation_due(due=DUE, today=day(0), done=False, last_escalated_on=None) == 0
    assert escalation_due(due=DUE, today=day(1), done=False, last_escalated_on=None) == 1


def test_done_items_are_never_escalated():
    assert escalation_due(due=DUE, today=day(30), done=True, last_escalated_on=None) == 0


def test_repeats_every_seven_days_and_not_in_between():
    schedule = []
    last = None
    for n in range(0, 30):
        level = escalation_due(due=DUE, today=day(n), done=False, last_escalated_on=last)
        if level:
            schedule.append((n, level))
            last = day(n)
    assert schedule == [(1, 1), (8, 1), (15, 2), (22, 2), (29, 2)]


def test_a_missed_run_escalates_on_the_next_one():
    assert escalation_due(due=DUE, today=day(20), done=False, last_escalated_on=day(1)) == 2
