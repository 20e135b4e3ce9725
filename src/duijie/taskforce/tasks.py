"""Periodic task-force jobs (huey); each calls a domain function tested on its own."""

from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from duijie.taskforce.domain.escalation import escalate_overdue_items


# Huey evaluates crontabs in UTC: 00:30 UTC is 08:30 in Shanghai and Singapore.
@db_periodic_task(crontab(hour="0", minute="30"))
def escalate_overdue_work_items():
    """Every morning at 08:30 Shanghai time: escalate overdue work items."""
    return len(escalate_overdue_items())
