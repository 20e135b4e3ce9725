"""The boards' count of work items with an overdue progress report."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from duijie.taskforce.domain.boards import overdue_report_count
from duijie.taskforce.domain.status import with_status_data
from duijie.taskforce.models import WorkItem
from tests.conftest import login
from tests.taskforce.factories import ProgressReportFactory, WorkItemFactory

pytestmark = pytest.mark.django_db


def ago(today: datetime.date, n: int) -> datetime.date:
    return today - datetime.timedelta(days=n)


def make_items(units, today: datetime.date) -> dict[str, WorkItem]:
    """Items whose units last reported (or started) 30 or 31 days before `today`."""
    due = today + datetime.timedelta(days=90)

    def item(**fields) -> WorkItem:
        return WorkItemFactory(**{"lead_unit": units["lead"], "due_date": due, **fields})

    items = {
        "silent": item(start_date=ago(today, 31)),  # due 30 days after start: a day late
        "on_time": item(start_date=ago(today, 30)),  # due today: still on time
        "co_silent": item(start_date=ago(today, 40), co_units=[units["co"]]),
        "done": item(start_date=ago(today, 60), done_on=ago(today, 1)),
        "other_unit": item(start_date=ago(today, 31), lead_unit=units["other"]),
    }
    ProgressReportFactory(work_item=items["co_silent"], reported_on=ago(today, 2))
    return items


def test_count_takes_every_participating_unit_and_skips_done_items(units):
    today = datetime.date(2024, 6, 15)
    make_items(units, today)
    items = list(with_status_data(WorkItem.objects.all()))
    # "silent", "co_silent" (its co-handling unit never reported) and "other_unit".
    assert overdue_report_count(items, today) == 3
    # A day earlier "silent" and "other_unit" were due that day, still on time.
    assert overdue_report_count(items, ago(today, 1)) == 1


def figure(client, user, name: str, *args) -> str:
    page = login(client, user).get(reverse(f"web:taskforce_{name}", args=args)).content.decode()
    start = page.index("<strong", page.index("tf-figures"))
    return page[start : page.index("</strong>", start) + len("</strong>")]


def test_boards_show_the_count(client, units, people):
    make_items(units, timezone.localdate())
    late = '<strong class="tf-late" data-figure="overdue-reports">{}</strong>'
    assert figure(client, people["coordinator"], "board") == late.format(3)
    assert figure(client, people["lead"], "unit_board", "yp-invest") == late.format(2)
    assert figure(client, people["co"], "unit_board", "yp-science") == late.format(1)
    assert figure(client, people["other"], "unit_board", "sh-fao") == late.format(1)


def test_zero_is_shown_plainly(client, units, people):
    expected = '<strong data-figure="overdue-reports">0</strong>'
    assert figure(client, people["coordinator"], "board") == expected
