"""Progress-report reminders: who is told, when (in working days), once, in which language."""

from __future__ import annotations

import datetime
import io

import pytest
from django.conf import settings
from django.core import mail
from django.core.management import call_command

from duijie.services.models import CalendarDay
from duijie.taskforce.domain.reminders import send_report_reminders
from duijie.taskforce.models import ReportReminder
from tests.taskforce.factories import ProgressReportFactory, WorkItemFactory, government_user

pytestmark = pytest.mark.django_db

REPORT_DUE = datetime.date(2024, 10, 9)  # start 9 Sep + the 30-day reporting period
ZH_TITLE, EN_TITLE = "推进中新数字经济合作", "Advance Sino-Singapore digital cooperation"


def day(month: int, dom: int) -> datetime.date:
    return datetime.date(2024, month, dom)


@pytest.fixture
def national_day(db):
    """The 2024 National Day week: 1–7 October off, Sunday 29 September worked instead."""
    for dom in range(1, 8):
        CalendarDay.objects.create(
            date=day(10, dom), kind="holiday", name_zh="国庆节", name_en="National Day"
        )
    CalendarDay.objects.create(date=day(9, 29), kind="workday", name_zh="调休", name_en="Make-up")


@pytest.fixture
def tracked(units, people):
    return WorkItemFactory(
        lead_unit=units["lead"],
        co_units=[units["co"]],
        title_zh=ZH_TITLE,
        title_en=EN_TITLE,
        start_date=day(9, 9),
        due_date=day(12, 31),
        reporting_period_days=30,
    )


def sent_to() -> list[str]:
    return sorted(address for message in mail.outbox for address in message.to)


def by_address() -> dict[str, mail.EmailMessage]:
    return {message.to[0]: message for message in mail.outbox}


def test_due_soon_reminder_goes_once_to_each_unit_in_its_contacts_language(
    national_day, tracked, units, people
):
    # 3 working days before Wed 9 Oct, skipping the holidays: Tue 8, Mon 30 Sep, Sun 29 Sep.
    assert send_report_reminders(today=day(9, 28)) == []
    reminders = send_report_reminders(today=day(9, 29))
    assert [(r.unit, r.kind, r.report_due_on, r.sent_on) for r in reminders] == [
        (units["lead"], "due_soon", REPORT_DUE, day(9, 29)),
        (units["co"], "due_soon", REPORT_DUE, day(9, 29)),
    ]
    assert [list(r.recipients.all()) for r in reminders] == [[people["lead"]], [people["co"]]]
    assert sent_to() == sorted([people["lead"].email, people["co"].email])
    chinese, english = by_address()[people["lead"].email], by_address()[people["co"].email]
    assert chinese.subject == f"进展报送将于2024年10月9日到期：{ZH_TITLE}"
    assert english.subject == f"Progress report due on 9 Oct 2024: {EN_TITLE}"
    assert chinese.body.startswith("陈静，您好：")
    due_soon = f"杨浦区投资促进办公室应于2024年10月9日前报送工作事项“{ZH_TITLE}”的进展。"
    assert due_soon in chinese.body
    expected = (
        f"Yangpu Science is due to report progress on the task-force work item “{EN_TITLE}”"
        " by 9 Oct 2024."
    )
    assert expected in english.body
    link = f"{settings.SITE_URL}/taskforce/items/{tracked.pk}/"
    assert link in chinese.body and link in english.body


def test_rerunning_sends_nothing_more(national_day, tracked):
    send_report_reminders(today=day(9, 29))
    assert send_report_reminders(today=day(9, 29)) == []
    assert send_report_reminders(today=day(10, 8)) == []
    assert send_report_reminders(today=REPORT_DUE) == []
    assert len(mail.outbox) == 2
    assert ReportReminder.objects.count() == 2


def test_without_the_holidays_the_window_opens_later(tracked):
    # Counting plain weekdays, 3 working days before Wed 9 Oct is Fri 4 Oct.
    assert send_report_reminders(today=day(9, 29)) == []
    assert send_report_reminders(today=day(10, 3)) == []
    assert len(send_report_reminders(today=day(10, 4))) == 2


def test_the_working_days_come_from_the_setting(national_day, tracked, settings):
    settings.TASKFORCE_REMINDER_WORKING_DAYS = 1
    assert send_report_reminders(today=day(9, 30)) == []
    assert len(send_report_reminders(today=day(10, 8))) == 2


def test_overdue_notice_once_and_only_for_the_unit_that_did_not_report(
    national_day, tracked, units, people
):
    send_report_reminders(today=day(9, 29))
    ProgressReportFactory(work_item=tracked, unit=units["lead"], reported_on=day(10, 8))
    mail.outbox.clear()
    (notice,) = send_report_reminders(today=day(10, 10))
    assert (notice.unit, notice.kind, notice.report_due_on) == (units["co"], "overdue", REPORT_DUE)
    assert sent_to() == [people["co"].email]
    assert mail.outbox[0].subject == f"Progress report overdue: {EN_TITLE}"
    assert "was due on 9 Oct 2024 and has not been received" in mail.outbox[0].body
    assert send_report_reminders(today=day(10, 10)) == []
    assert send_report_reminders(today=day(10, 20)) == []
    assert len(mail.outbox) == 1


def test_chinese_overdue_notice(national_day, tracked, people):
    send_report_reminders(today=day(10, 10))
    chinese = by_address()[people["lead"].email]
    assert chinese.subject == f"进展报送已超期：{ZH_TITLE}"
    expected = (
        f"杨浦区投资促进办公室应于2024年10月9日前报送工作事项“{ZH_TITLE}”的进展，目前尚未收到。"
    )
    assert expected in chinese.body


def test_a_new_report_starts_a_new_cycle(national_day, tracked, units, people):
    send_report_reminders(today=day(9, 29))
    ProgressReportFactory(work_item=tracked, unit=units["lead"], reported_on=day(10, 8))
    ProgressReportFactory(work_item=tracked, unit=units["co"], reported_on=day(10, 9))
    mail.outbox.clear()
    # Next due: lead Thu 7 Nov (window from Mon 4 Nov), co Fri 8 Nov (from Tue 5 Nov).
    assert send_report_reminders(today=day(11, 1)) == []
    (lead,) = send_report_reminders(today=day(11, 4))
    (co,) = send_report_reminders(today=day(11, 5))
    assert (lead.unit, lead.report_due_on) == (units["lead"], day(11, 7))
    assert (co.unit, co.report_due_on) == (units["co"], day(11, 8))
    assert sent_to() == sorted([people["lead"].email, people["co"].email])


def test_owners_in_the_unit_are_its_contacts(national_day, tracked, units, people):
    owner = government_user(units["lead"], full_name="王处长", language="en")
    tracked.owners.set([owner, people["coordinator"]])
    send_report_reminders(today=day(9, 29))
    assert sent_to() == sorted([owner.email, people["co"].email])


def test_done_items_are_skipped(national_day, tracked):
    tracked.done_on = day(9, 20)
    tracked.save()
    assert send_report_reminders(today=day(9, 29)) == []
    assert send_report_reminders(today=day(10, 10)) == []
    assert mail.outbox == []


def test_items_past_their_due_date_are_left_to_escalation(national_day, tracked, people):
    tracked.due_date = day(10, 8)
    tracked.save()
    out = io.StringIO()
    call_command("taskforce_reminders", "--date=2024-10-10", stdout=out)
    assert out.getvalue() == "2024-10-10: 1 escalated, 0 report reminders, 0 overdue notices.\n"
    assert ReportReminder.objects.count() == 0
    assert sent_to() == [people["lead"].email]  # the escalation only
    assert "逾期" in mail.outbox[0].subject and "进展报送" not in mail.outbox[0].subject


def test_command_reports_what_it_sent_and_sends_nothing_on_a_rerun(national_day, tracked):
    out = io.StringIO()
    call_command("taskforce_reminders", "--date=2024-10-10", stdout=out)
    call_command("taskforce_reminders", "--date=2024-10-10", stdout=out)
    assert out.getvalue().splitlines() == [
        "2024-10-10: 0 escalated, 0 report reminders, 2 overdue notices.",
        "2024-10-10: 0 escalated, 0 report reminders, 0 overdue notices.",
    ]
    assert len(mail.outbox) == 2


def test_command_refuses_a_bad_date():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        call_command("taskforce_reminders", "--date=10/10/2024")


def test_periodic_task_calls_the_domain_function(monkeypatch):
    from duijie.taskforce import tasks

    monkeypatch.setattr(tasks, "send_report_reminders", lambda: ["one", "two", "three"])
    assert tasks.remind_of_progress_reports.call_local() == 3


def test_sent_reminders_are_listed_on_the_item(client, national_day, tracked, people):
    from django.urls import reverse

    from tests.conftest import login

    send_report_reminders(today=day(9, 29))
    login(client, people["co"])
    page = client.get(
        reverse("web:taskforce_item_detail", args=[tracked.pk]), HTTP_ACCEPT_LANGUAGE="en"
    )
    text = page.content.decode()
    assert "29 Sep 2024 · Yangpu Science · Report due soon (report due 9 Oct 2024) · Li Na" in text
