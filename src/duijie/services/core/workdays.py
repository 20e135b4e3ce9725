"""Working-day arithmetic on the Chinese official calendar (no Django here).

A working day is Monday to Friday unless it is a public holiday, plus the weekend days the
State Council declares make-up working days (调休上班). Deadlines count whole working days
after the start day, so a request submitted on any day with "5 working days" is due on the
fifth working day after that day.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field

ONE_DAY = datetime.timedelta(days=1)


@dataclass(frozen=True)
class WorkCalendar:
    """Holidays that fall on weekdays, and weekend days that are worked instead."""

    holidays: frozenset[datetime.date] = field(default_factory=frozenset)
    makeup_workdays: frozenset[datetime.date] = field(default_factory=frozenset)

    @classmethod
    def build(
        cls,
        holidays: Iterable[datetime.date] = (),
        makeup_workdays: Iterable[datetime.date] = (),
    ) -> WorkCalendar:
        return cls(frozenset(holidays), frozenset(makeup_workdays))

    def is_working_day(self, day: datetime.date) -> bool:
        if day in self.makeup_workdays:
            return True
        return day.weekday() < 5 and day not in self.holidays


def add_working_days(start: datetime.date, days: int, calendar: WorkCalendar) -> datetime.date:
    """The `days`-th working day after `start` (start itself never counts); 0 gives `start`."""
    if days < 0:
        raise ValueError("days must not be negative")
    day = start
    remaining = days
    while remaining:
        day += ONE_DAY
        if calendar.is_working_day(day):
            remaining -= 1
    return day


def subtract_working_days(end: datetime.date, days: int, calendar: WorkCalendar) -> datetime.date:
    """The working day that lies `days` working days before `end`; 0 gives `end`."""
    if days < 0:
        raise ValueError("days must not be negative")
    day = end
    remaining = days
    while remaining:
        day -= ONE_DAY
        if calendar.is_working_day(day):
            remaining -= 1
    return day


def working_days_between(start: datetime.date, end: datetime.date, calendar: WorkCalendar) -> int:
    """Working days after `start` up to and including `end`; negative when `end` is earlier."""
    if end < start:
        return -working_days_between(end, start, calendar)
    count = 0
    day = start
    while day < end:
        day += ONE_DAY
        count += calendar.is_working_day(day)
    return count
