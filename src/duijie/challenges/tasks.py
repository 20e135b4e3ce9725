"""Daily jobs of open challenges (huey periodic tasks); the work is in domain/deadlines.py."""

from django.utils import timezone
from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from duijie.challenges.domain.deadlines import close_due_challenges, remind_due_milestones


# Huey evaluates crontabs in UTC: 16:05 UTC is 00:05 in Shanghai and Singapore.
@db_periodic_task(crontab(hour="16", minute="5"))
def close_challenges_past_deadline() -> int:
    return close_due_challenges()


@db_periodic_task(crontab(hour="0", minute="45"))  # 08:45 UTC+8
def remind_of_milestones() -> int:
    return remind_due_milestones(today=timezone.localdate())
