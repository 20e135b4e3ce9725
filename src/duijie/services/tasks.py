"""Daily deadline jobs for consulting requests (huey periodic tasks).

They only pick today's date and call the domain functions, which are tested directly.
"""

from django.utils import timezone
from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from duijie.services.domain.deadlines import escalate_overdue_requests, send_deadline_reminders


# Huey evaluates crontabs in UTC: 00:30 UTC is 08:30 in Shanghai and Singapore.
@db_periodic_task(crontab(hour="0", minute="30"))
def remind_of_request_deadlines() -> int:
    return send_deadline_reminders(today=timezone.localdate())


@db_periodic_task(crontab(hour="1", minute="0"))  # 09:00 UTC+8
def escalate_overdue_consulting_requests() -> int:
    return escalate_overdue_requests(today=timezone.localdate())
