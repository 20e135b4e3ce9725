"""Escalating overdue work items: exactly who is told, when, and in which language."""

import datetime

import pytest
from django.core import mail

from duijie.taskforce.domain.escalation import escalate_overdue_items
from duijie.taskforce.models import Escalation
from tests.taskforce.factories import WorkItemFactory

pytestmark = pytest.mark.django_db
DUE = datetime.date(2024, 6, 1)


def after(days: int) -> datetime.date:
    return DUE + datetime.timedelta(days=days)


@pytest.fixture
def overdue(units, people):
    item = WorkItemFactory(
        lead_unit=units["lead"],
        co_units=[units["co"]],
        start_date=datetime.date(2024, 1, 1),
        due_date=DUE,
        title_zh="载体招商推介",
        title_en="Promote carrier sites",
    )
    item.owners.set([people["co"]])
    return item


def test_not_escalated_on_the_due_date(overdue):
    assert escalate_overdue_items(today=DUE) == []
    assert mail.outbox == []


def test_level_one_goes_to_owners_and_lead_unit_in_their_language(overdue, people):
    (escalation,) = escalate_overdue_items(today=after(1))
    assert (escalation.level, escalation.days_overdue) == (1, 1)
    assert set(escalation.recipients.all()) == {people["lead"], people["co"]}
    by_address = {message.to[0]: message for message in mail.outbox}
    assert set(by_address) == {people["lead"].email, people["co"].email}
    chinese = by_address[people["lead"].email]
    english = by_address[people["co"].email]
    assert "载体招商推介" in chinese.subject and "逾期" in chinese.subject
    assert "Promote carrier sites" in english.subject and "Overdue" in english.subject
    assert f"/taskforce/items/{overdue.pk}/" in english.body


def test_running_twice_a_day_escalates_once(overdue):
    escalate_overdue_items(today=after(1))
    assert escalate_overdue_items(today=after(1)) == []
    assert Escalation.objects.count() == 1
    assert len(mail.outbox) == 2


def test_schedule_and_level_two_recipients(overdue, people):
    levels = {}
    for n in range(0, 16):
        for escalation in escalate_overdue_items(today=after(n)):
            levels[n] = escalation.level
    assert levels == {1: 1, 8: 1, 15: 2}
    last = Escalation.objects.get(escalated_on=after(15))
    expected = {people["lead"], people["co"], people["coordinator"], people["parent"]}
    assert set(last.recipients.all()) == expected
    assert people["other"] not in last.recipients.all()
    assert people["admin"] not in last.recipients.all()


def test_done_and_not_yet_due_items_are_left_alone(overdue, units):
    overdue.done_on = after(-2)
    overdue.save()
    WorkItemFactory(lead_unit=units["lead"], due_date=after(30))
    assert escalate_overdue_items(today=after(5)) == []
    assert mail.outbox == []


def test_inactive_people_get_no_email(overdue, people):
    people["co"].is_active = False
    people["co"].save()
    (escalation,) = escalate_overdue_items(today=after(1))
    assert list(escalation.recipients.all()) == [people["lead"]]
    assert [message.to for message in mail.outbox] == [[people["lead"].email]]


def test_periodic_task_calls_the_domain_function(overdue, monkeypatch):
    from duijie.taskforce import tasks

    monkeypatch.setattr(tasks, "escalate_overdue_items", lambda: ["one", "two"])
    assert tasks.escalate_overdue_work_items.call_local() == 2
