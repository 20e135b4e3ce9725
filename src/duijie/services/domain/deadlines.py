"""Reply deadlines in working days, reminders before them and escalation after them.

The periodic tasks in services/tasks.py call send_deadline_reminders and
escalate_overdue_requests once a day; both take `today` so tests can pin the date.
"""

from __future__ import annotations

import datetime

from django.db import transaction
from django.utils import timezone

from duijie.services.core.workdays import WorkCalendar, add_working_days, subtract_working_days
from duijie.services.domain.history import lock_request, record_request_event
from duijie.services.domain.notifications import notify_escalation, notify_reminder
from duijie.services.domain.people import escalation_recipients, handlers_of
from duijie.services.models import CalendarDay, CalendarDayKind, ConsultingRequest, RoutingRule
from duijie.services.models.categories import DEFAULT_RESPONSE_WORKING_DAYS
from duijie.services.models.requests import AWAITING_DEPARTMENT

DEFAULT_REMINDER_WORKING_DAYS = 1


def work_calendar() -> WorkCalendar:
    """The official calendar as staff maintain it in the holiday table."""
    days = CalendarDay.objects.values_list("date", "kind")
    return WorkCalendar.build(
        holidays=[day for day, kind in days if kind == CalendarDayKind.HOLIDAY],
        makeup_workdays=[day for day, kind in days if kind == CalendarDayKind.WORKDAY],
    )


def reply_due_on(start: datetime.date, rule: RoutingRule | None) -> datetime.date:
    """The deadline for a department's reply to a request that reached it on `start`."""
    days = rule.response_working_days if rule else DEFAULT_RESPONSE_WORKING_DAYS
    return add_working_days(start, days, work_calendar())


def reminder_due_on(consulting_request: ConsultingRequest, calendar: WorkCalendar) -> datetime.date:
    """The working day on which the department is reminded of the coming deadline."""
    rule = RoutingRule.objects.filter(category_id=consulting_request.category_id).first()
    lead = rule.reminder_working_days if rule else DEFAULT_REMINDER_WORKING_DAYS
    return subtract_working_days(consulting_request.due_on, lead, calendar)


def awaiting_requests():
    return ConsultingRequest.objects.filter(status__in=AWAITING_DEPARTMENT).select_related(
        "department", "assignee", "category"
    )


def send_deadline_reminders(*, today: datetime.date) -> int:
    """Remind the handler (or the whole department) once per deadline; returns how many."""
    calendar = work_calendar()
    candidates = awaiting_requests().filter(reminded_at__isnull=True, due_on__gte=today)
    count = 0
    for consulting_request in candidates:
        if reminder_due_on(consulting_request, calendar) <= today:
            count += _remind(consulting_request)
    return count


def _remind(consulting_request: ConsultingRequest) -> int:
    with transaction.atomic():
        locked = lock_request(consulting_request)
        if locked.reminded_at or locked.status not in AWAITING_DEPARTMENT:
            return 0
        locked.reminded_at = timezone.now()
        locked.save(update_fields=["reminded_at", "updated_at"])
        record_request_event(locked, "reminded", actor=None, from_status=locked.status)
    notify_reminder(locked, handlers_of(locked))
    return 1


def escalate_overdue_requests(*, today: datetime.date) -> int:
    """Tell the department's leads and the platform administrators about overdue requests."""
    overdue = awaiting_requests().overdue(today).filter(escalated_at__isnull=True)
    return sum(_escalate(consulting_request, today) for consulting_request in overdue)


def _escalate(consulting_request: ConsultingRequest, today: datetime.date) -> int:
    with transaction.atomic():
        locked = lock_request(consulting_request)
        if locked.escalated_at or locked.status not in AWAITING_DEPARTMENT:
            return 0
        locked.escalated_at = timezone.now()
        locked.save(update_fields=["escalated_at", "updated_at"])
        record_request_event(locked, "escalated", actor=None, from_status=locked.status)
    late_by = (today - locked.due_on).days
    notify_escalation(locked, escalation_recipients(locked), days_late=late_by)
    return 1


def restart_deadline(consulting_request: ConsultingRequest, today: datetime.date) -> None:
    """A new deadline from today (after a transfer or a follow-up); reminders start over."""
    rule = RoutingRule.objects.filter(category_id=consulting_request.category_id).first()
    consulting_request.due_on = reply_due_on(today, rule)
    consulting_request.reminded_at = None
    consulting_request.escalated_at = None
