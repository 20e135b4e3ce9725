"""Computing an event's schedule with the core scheduler and storing it in one transaction."""

from __future__ import annotations

import logging
import time

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from duijie.common.audit import record_event
from duijie.common.errors import DomainError
from duijie.common.permissions import require
from duijie.events import core
from duijie.events.domain.instance import EventInstance, build_instance, pair_key
from duijie.events.models import (
    Event,
    Meeting,
    MeetingSource,
    ParticipantStatus,
    RunStatus,
    ScheduleRun,
    UnscheduledReason,
    UnscheduledRequest,
)
from duijie.events.signals import schedule_queued

logger = logging.getLogger(__name__)

# Above this many admitted participants the solve runs on a task worker, not in the request.
LARGE_EVENT = getattr(settings, "EVENTS_INLINE_SCHEDULING_LIMIT", 300)
TIME_LIMIT_SECONDS = 60.0


def check_ready(event: Event) -> None:
    if not event.slots.exists():
        raise DomainError(_("Add a meeting session first: there are no slots."), code="no_slots")
    if not event.tables.exists():
        raise DomainError(_("Add tables or rooms first."), code="no_tables")


def schedule_event(event: Event, *, actor, time_limit: float = TIME_LIMIT_SECONDS) -> ScheduleRun:
    """Recompute the schedule; large events are solved by a background task."""
    require(actor, "events.manage_event", event)
    check_ready(event)
    with transaction.atomic():
        run = ScheduleRun.objects.create(
            event=event, requested_by=actor, source=MeetingSource.SCHEDULER
        )
        record_event(event, "event.schedule_requested", actor=actor, run=run.pk)
    if event.participants.filter(status=ParticipantStatus.APPROVED).count() > LARGE_EVENT:
        # events.tasks queues the run on a worker (the domain does not import its tasks).
        schedule_queued.send(sender=ScheduleRun, run_id=run.pk, time_limit=time_limit)
    else:
        execute_run(run, time_limit=time_limit)
    run.refresh_from_db()
    return run


def execute_run(run: ScheduleRun, *, time_limit: float = TIME_LIMIT_SECONDS) -> ScheduleRun:
    """Solve and store; any failure is recorded on the run and leaves the old schedule."""
    ScheduleRun.objects.filter(pk=run.pk).update(status=RunStatus.RUNNING)
    started = time.monotonic()
    try:
        built = build_instance(run.event)
        schedule = core.solve(built.instance, core.SolveOptions(time_limit=time_limit))
        store_schedule(run, built, schedule, seconds=time.monotonic() - started)
    except core.InvalidInstance as error:
        _fail(run, str(error))
    except Exception as error:  # a worker must record the failure, not die silently
        logger.exception("scheduling run %s failed", run.pk)
        _fail(run, f"{type(error).__name__}: {error}")
    run.refresh_from_db()
    return run


def _fail(run: ScheduleRun, message: str) -> None:
    ScheduleRun.objects.filter(pk=run.pk).update(
        status=RunStatus.FAILED, error=message[:2000], finished_at=timezone.now()
    )


def store_schedule(
    run: ScheduleRun, built: EventInstance, schedule: core.Schedule, *, seconds: float
) -> None:
    """Replace the event's movable meetings with the schedule's, all or nothing."""
    with transaction.atomic():
        event = Event.objects.select_for_update().get(pk=run.event_id)
        event.meetings.filter(locked=False, attendance="planned").delete()
        created = [
            _new_meeting(event, built, m, run.source)
            for m in schedule.meetings
            if pair_key(m.a, m.b) not in built.fixed
        ]
        Meeting.objects.bulk_create(created)
        _store_unscheduled(run, built, schedule.unscheduled)
        run.status = RunStatus.DONE
        run.requests = len(built.requests) + len(built.blocked)
        run.meetings = len(schedule.meetings)
        run.weight = schedule.weight
        run.upper_bound = schedule.upper_bound
        run.seconds = seconds
        run.finished_at = timezone.now()
        run.save()
        record_event(event, "event.scheduled", actor=run.requested_by, run=run.pk)


def _new_meeting(event: Event, built: EventInstance, meeting: core.Meeting, source: str) -> Meeting:
    a, b = sorted(
        (built.participants[meeting.a], built.participants[meeting.b]), key=lambda p: p.pk
    )
    return Meeting(
        event=event,
        slot=built.slots[meeting.slot],
        table=built.tables[meeting.table],
        a=a,
        b=b,
        request=built.requests.get(pair_key(meeting.a, meeting.b)),
        source=source,
    )


def _store_unscheduled(run: ScheduleRun, built: EventInstance, items) -> None:
    rows = [
        UnscheduledRequest(
            run=run, request=built.requests[pair_key(u.a, u.b)], reason=str(u.reason)
        )
        for u in items
        if pair_key(u.a, u.b) in built.requests
    ]
    rows += [
        UnscheduledRequest(run=run, request=request, reason=UnscheduledReason.BLOCKED)
        for request in built.blocked
    ]
    UnscheduledRequest.objects.bulk_create(rows)


def latest_run(event: Event) -> ScheduleRun | None:
    return event.schedule_runs.first()


def latest_finished_run(event: Event) -> ScheduleRun | None:
    return event.schedule_runs.filter(status=RunStatus.DONE).first()
