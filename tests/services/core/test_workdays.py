"""Working-day arithmetic, exact across weekends, holidays and make-up working days."""

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from duijie.services.core.workdays import (
    WorkCalendar,
    add_working_days,
    subtract_working_days,
    working_days_between,
)

D = datetime.date
PLAIN = WorkCalendar()
# National Day 2025: 1–8 Oct off; Sun 28 Sep and Sat 11 Oct worked (国办发明电〔2024〕12号).
NATIONAL_DAY_2025 = WorkCalendar.build(
    holidays=[D(2025, 10, day) for day in range(1, 9)],
    makeup_workdays=[D(2025, 9, 28), D(2025, 10, 11)],
)


def test_start_day_does_not_count_and_weekends_are_skipped():
    friday = D(2025, 3, 7)
    assert add_working_days(friday, 1, PLAIN) == D(2025, 3, 10)  # Monday
    assert add_working_days(friday, 5, PLAIN) == D(2025, 3, 14)  # next Friday
    assert add_working_days(D(2025, 3, 8), 1, PLAIN) == D(2025, 3, 10)  # from a Saturday


def test_zero_days_is_the_start_day():
    assert add_working_days(D(2025, 3, 8), 0, PLAIN) == D(2025, 3, 8)


def test_holidays_are_skipped_and_make_up_days_are_worked():
    # Thu 25 Sep + 5: Fri 26, Sun 28 (worked), Mon 29, Tue 30, then Thu 9 Oct.
    assert add_working_days(D(2025, 9, 25), 5, NATIONAL_DAY_2025) == D(2025, 10, 9)
    # The Saturday after the holiday is a working day too.
    assert add_working_days(D(2025, 10, 9), 2, NATIONAL_DAY_2025) == D(2025, 10, 11)


def test_subtract_is_the_inverse_on_working_days():
    assert subtract_working_days(D(2025, 10, 9), 1, NATIONAL_DAY_2025) == D(2025, 9, 30)
    assert subtract_working_days(D(2025, 9, 29), 1, NATIONAL_DAY_2025) == D(2025, 9, 28)


def test_working_days_between_counts_after_start_up_to_end():
    assert working_days_between(D(2025, 9, 25), D(2025, 10, 9), NATIONAL_DAY_2025) == 5
    assert working_days_between(D(2025, 10, 9), D(2025, 9, 25), NATIONAL_DAY_2025) == -5
    assert working_days_between(D(2025, 3, 7), D(2025, 3, 9), PLAIN) == 0


def test_negative_day_counts_are_refused():
    with pytest.raises(ValueError):
        add_working_days(D(2025, 1, 1), -1, PLAIN)
    with pytest.raises(ValueError):
        subtract_working_days(D(2025, 1, 1), -1, PLAIN)


@given(
    start=st.dates(min_value=D(2025, 1, 1), max_value=D(2026, 12, 31)),
    days=st.integers(min_value=1, max_value=40),
)
def test_deadline_is_a_working_day_exactly_days_away(start, days):
    due = add_working_days(start, days, NATIONAL_DAY_2025)
    assert NATIONAL_DAY_2025.is_working_day(due)
    assert working_days_between(start, due, NATIONAL_DAY_2025) == days
    assert subtract_working_days(due, days, NATIONAL_DAY_2025) <= start
