"""Background work of the events area (huey): large schedules, request expiry, reminders."""

from __future__ import annotations

from django.dispatch import receiver
from huey import crontab
from huey.contrib.djhuey import db_periodic_task, db_task

from duijie.events.domain.reminders import send_event_reminders
from duijie.events.domain.requests import expire_requests
from duijie.events.domain.scheduling import execute_run
from duijie.events.models import ScheduleRun
from duijie.events.signals import schedule_queued


@db_task()
def solve_schedule_task(run_id: int, time_limit: float) -> None:
    """Solve a queued scheduling run of a large event on a worker."""
    run = ScheduleRun.objects.filter(pk=run_id).select_related("event").first()
    if run is not None:
        execute_run(run, time_limit=time_limit)


@receiver(schedule_queued)
def _queue_schedule(sender, *, run_id: int, time_limit: float, **kwargs) -> None:
    solve_schedule_task(run_id, time_limit)


@db_periodic_task(crontab(minute="*/15"))
def expire_requests_task() -> int:
    """Every quarter hour, expire unanswered requests past their time."""
    return expire_requests()


@db_periodic_task(crontab(minute="10"))
def send_event_reminders_task() -> int:
    """Every hour, remind the participants of events starting within the reminder lead."""
    return send_event_reminders()
