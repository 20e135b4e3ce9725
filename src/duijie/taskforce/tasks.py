"""Periodic task-force jobs (huey); each calls a domain function tested on its own."""

from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from duijie.taskforce.domain.escalation import escalate_overdue_items
from duijie.taskforce.domain.reminders import send_report_reminders


# Huey evaluates crontabs in UTC: 00:30 UTC is 08:30 in Shanghai and Singapore.
@db_periodic_task(crontab(hour="0", minute="30"))
def escalate_overdue_work_items():
    """Every morning at 08:30 Shanghai time: escalate overdue work items."""
    return len(escalate_overdue_items())


@db_periodic_task(crontab(hour="0", minute="45"))
def remind_of_progress_reports():
    """Every morning at 08:45 Shanghai time: progress reports due soon or overdue."""
    return len(send_report_reminders())
