"""Progress-report reminders: before a unit's report is due, and once when it is overdue.

Run daily by the periodic task in taskforce/tasks.py and by `duijie taskforce-reminders`.
What is due on a day is decided by the pure rule in taskforce/core/reminders.py; each
reminder is recorded as a ReportReminder before it is sent, so reruns never send it twice.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from duijie.common.audit import record_event
from duijie.common.models.notifications import NotificationKind
from duijie.common.notify import email_users
from duijie.directory.models import Department, User
from duijie.services.core.workdays import WorkCalendar
from duijie.services.domain.deadlines import work_calendar
from duijie.taskforce.core.reminders import DEFAULT_LEAD_WORKING_DAYS, ReminderDue, reminders_due
from duijie.taskforce.domain.status import item_facts, with_status_data
from duijie.taskforce.models import ReportReminder, WorkItem

TEMPLATES = {
    "due_soon": "taskforce/email/report_due",
    "overdue": "taskforce/email/report_overdue",
}


def lead_working_days() -> int:
    """Working days before the due date to remind (setting TASKFORCE_REMINDER_WORKING_DAYS)."""
    return int(getattr(settings, "TASKFORCE_REMINDER_WORKING_DAYS", DEFAULT_LEAD_WORKING_DAYS))


def report_contacts(item: WorkItem, unit: Department) -> list[User]:
    """The item's active owners in `unit`; when it has none there, the unit's active staff."""
    owners = [u for u in item.owners.all() if u.department_id == unit.pk and u.is_active]
    contacts = owners or list(unit.staff.filter(is_active=True))
    return sorted(contacts, key=lambda user: user.pk)


def send_report_reminders(*, today: datetime.date | None = None) -> list[ReportReminder]:
    """Send every due-soon and overdue report reminder not sent before; return those sent."""
    today = today or timezone.localdate()
    calendar, lead = work_calendar(), lead_working_days()
    open_items = WorkItem.objects.filter(done_on__isnull=True, due_date__gte=today)
    sent = []
    for item in with_status_data(open_items).order_by("pk"):
        for due in _unsent(item, today, lead, calendar):
            if reminder := remind_unit(item, due=due, today=today):
                sent.append(reminder)
    return sent


def _unsent(item: WorkItem, today, lead: int, calendar: WorkCalendar) -> list[ReminderDue]:
    due = reminders_due(item_facts(item), today, lead_working_days=lead, calendar=calendar)
    if not due:
        return []
    done = set(item.report_reminders.values_list("unit_id", "kind", "report_due_on"))
    return [entry for entry in due if (entry.unit, entry.kind.value, entry.report_due) not in done]


def remind_unit(item: WorkItem, *, due: ReminderDue, today: datetime.date) -> ReportReminder | None:
    """Record one reminder and email the unit's contacts; None if it was already recorded."""
    unit = Department.objects.get(pk=due.unit)
    recipients = report_contacts(item, unit)
    try:
        with transaction.atomic():
            reminder = ReportReminder.objects.create(
                work_item=item,
                unit=unit,
                kind=due.kind.value,
                report_due_on=due.report_due,
                sent_on=today,
            )
            reminder.recipients.set(recipients)
            record_event(
                item, "workitem.report_reminded", unit=unit.pk, kind=due.kind.value,
                report_due_on=due.report_due.isoformat(), recipients=len(recipients),
            )  # fmt: skip
    except IntegrityError:  # another run recorded it first
        return None
    _send(reminder, recipients)
    return reminder


def _send(reminder: ReportReminder, recipients: list[User]) -> int:
    item = reminder.work_item
    name = TEMPLATES[reminder.kind]
    return email_users(
        recipients,
        subject_template=f"{name}_subject.txt",
        body_template=f"{name}_body.txt",
        context={
            "item": item,
            "unit": reminder.unit,
            "report_due_on": reminder.report_due_on,
            "path": reverse("web:taskforce_item_detail", args=[item.pk]),
        },
        kind=NotificationKind.DEADLINE_NEAR,
        url=reverse("web:taskforce_item_detail", args=[item.pk]),
    )
