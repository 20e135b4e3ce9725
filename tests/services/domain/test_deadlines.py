"""Deadlines on the official calendar, reminders before them and escalation after them."""

import datetime

import pytest
from django.core import mail

from duijie.services.domain import handling
from duijie.services.domain.deadlines import (
    escalate_overdue_requests,
    reply_due_on,
    send_deadline_reminders,
    work_calendar,
)
from duijie.services.domain.history import request_history
from duijie.services.models import CalendarDay, ConsultingRequest
from tests.services.factories import route

D = datetime.date


@pytest.fixture
def due_thursday_9_october(desk, submit, monkeypatch):
    """Submitted Thu 25 Sep 2025 with 5 working days: due Thu 9 Oct 2025 (National Day)."""
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *args: D(2025, 9, 25))
    item = submit()
    mail.outbox.clear()
    return item


def test_the_shipped_calendar_holds_the_published_holidays_and_make_up_days(db):
    calendar = work_calendar()
    assert not calendar.is_working_day(D(2025, 1, 28))  # Spring Festival eve 2025
    assert calendar.is_working_day(D(2025, 2, 8))  # Saturday worked
    assert not calendar.is_working_day(D(2026, 2, 23))  # Monday, Spring Festival 2026
    assert calendar.is_working_day(D(2026, 2, 28))  # Saturday worked
    assert not calendar.is_working_day(D(2026, 10, 7))
    assert CalendarDay.objects.filter(date__year=2025, kind="workday").count() == 5
    assert CalendarDay.objects.filter(date__year=2026, kind="workday").count() == 6


def test_the_deadline_counts_working_days_across_the_holiday(due_thursday_9_october):
    assert due_thursday_9_october.due_on == D(2025, 10, 9)


def test_staff_can_add_next_years_holidays(desk):
    rule = route("regional_hq", desk.commerce, days=1)
    assert reply_due_on(D(2027, 1, 29), rule) == D(2027, 2, 1)
    CalendarDay.objects.create(date=D(2027, 2, 1), kind="holiday", name_zh="测试", name_en="Test")
    assert reply_due_on(D(2027, 1, 29), rule) == D(2027, 2, 2)


def test_the_reminder_goes_out_one_working_day_before_and_only_once(desk, due_thursday_9_october):
    assert send_deadline_reminders(today=D(2025, 9, 29)) == 0
    assert send_deadline_reminders(today=D(2025, 9, 30)) == 1  # last working day before
    recipients = sorted(message.to[0] for message in mail.outbox)
    assert recipients == sorted([desk.clerk.email, desk.colleague.email, desk.lead.email])
    assert send_deadline_reminders(today=D(2025, 10, 1)) == 0
    assert len(mail.outbox) == 3
    assert request_history(due_thursday_9_october, internal=True)[-1].kind == "reminded"


def test_the_reminder_goes_to_the_assignee_in_their_language(desk, due_thursday_9_october):
    handling.assign_request(due_thursday_9_october, actor=desk.clerk, assignee=desk.clerk)
    mail.outbox.clear()
    send_deadline_reminders(today=D(2025, 10, 8))
    (message,) = mail.outbox
    assert message.to == [desk.clerk.email]
    assert message.subject.startswith("到期提醒")
    assert "2025年10月9日" in message.subject


def test_answered_and_closed_requests_are_not_reminded(desk, due_thursday_9_october):
    handling.reply_to_request(
        due_thursday_9_october, actor=desk.clerk, body="Answer", content_locale="en"
    )
    mail.outbox.clear()
    assert send_deadline_reminders(today=D(2025, 10, 9)) == 0
    assert escalate_overdue_requests(today=D(2025, 10, 20)) == 0
    assert mail.outbox == []


def test_escalation_starts_the_day_after_the_deadline_and_happens_once(
    desk, due_thursday_9_october
):
    assert escalate_overdue_requests(today=D(2025, 10, 9)) == 0
    assert escalate_overdue_requests(today=D(2025, 10, 10)) == 1
    recipients = sorted(message.to[0] for message in mail.outbox)
    assert recipients == sorted([desk.lead.email, desk.admin.email])
    by_recipient = {message.to[0]: message for message in mail.outbox}
    assert "超期提醒" in by_recipient[desk.lead.email].subject
    assert "is 1 day overdue" in by_recipient[desk.admin.email].body
    assert escalate_overdue_requests(today=D(2025, 10, 13)) == 0
    item = ConsultingRequest.objects.get(pk=due_thursday_9_october.pk)
    assert item.escalated_at is not None
    assert request_history(item, internal=True)[-1].kind == "escalated"


def test_a_transfer_gives_the_new_department_a_fresh_deadline(
    desk, due_thursday_9_october, monkeypatch
):
    escalate_overdue_requests(today=D(2025, 10, 10))
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *args: D(2025, 10, 10))
    handling.transfer_request(
        due_thursday_9_october, actor=desk.clerk, department=desk.invest, reason="Theirs"
    )
    item = ConsultingRequest.objects.get(pk=due_thursday_9_october.pk)
    # Fri 10 + 5: Sat 11 (worked), Mon 13, Tue 14, Wed 15, Thu 16.
    assert (item.due_on, item.escalated_at) == (D(2025, 10, 16), None)
    mail.outbox.clear()
    assert escalate_overdue_requests(today=D(2025, 10, 16)) == 0
    assert escalate_overdue_requests(today=D(2025, 10, 17)) == 1
    assert desk.lead.email not in [message.to[0] for message in mail.outbox]


def test_the_periodic_tasks_call_the_domain_functions(desk, due_thursday_9_october, monkeypatch):
    from duijie.services import tasks

    monkeypatch.setattr("django.utils.timezone.localdate", lambda *args: D(2025, 10, 10))
    assert tasks.remind_of_request_deadlines.call_local() == 0
    assert tasks.escalate_overdue_consulting_requests.call_local() == 1
