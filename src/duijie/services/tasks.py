"""Daily deadline jobs for consulting requests (huey periodic tasks).

They only pick today's date and call the domain functions, which are tested directly.
"""

from django.utils import timezone
from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from duijie.services.domain.deadlines import escalate_overdue_requests, send_deadline_reminders


@db_periodic_task(crontab(hour="8", minute="30"))
def remind_of_request_deadlines() -> int:
    return send_deadline_reminders(today=timezone.localdate())


@db_periodic_task(crontab(hour="9", minute="0"))
def escalate_overdue_consulting_requests() -> int:
    return escalate_overdue_requests(today=timezone.localdate())
