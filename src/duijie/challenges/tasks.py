"""Background work of open challenges (huey); the work itself is in the domain functions."""

from django.dispatch import receiver
from django.utils import timezone
from huey import crontab
from huey.contrib.djhuey import db_periodic_task, db_task

from duijie.challenges.domain.deadlines import close_due_challenges, remind_due_milestones
from duijie.challenges.domain.recommendations import recommend_to_solvers
from duijie.challenges.models import Challenge
from duijie.challenges.signals import challenge_opened


@db_task()
def recommend_challenge_task(challenge_id: int) -> int:
    """Tell likely solvers about a newly published challenge (the engine's search is slow)."""
    challenge = Challenge.objects.filter(pk=challenge_id).first()
    return recommend_to_solvers(challenge) if challenge is not None else 0


@receiver(challenge_opened)
def _queue_recommendations(sender, *, challenge_id: int, **kwargs) -> None:
    recommend_challenge_task(challenge_id)


# Huey evaluates crontabs in UTC: 16:05 UTC is 00:05 in Shanghai and Singapore.
@db_periodic_task(crontab(hour="16", minute="5"))
def close_challenges_past_deadline() -> int:
    return close_due_challenges()


@db_periodic_task(crontab(hour="0", minute="45"))  # 08:45 UTC+8
def remind_of_milestones() -> int:
    return remind_due_milestones(today=timezone.localdate())
