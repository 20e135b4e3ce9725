"""Reminders before an event: one email to each admitted participant, once, shortly before.

"Shortly" is the deployment setting `EVENTS_REMINDER_DAYS` (default 1 day). The huey periodic
task `send_event_reminders_task` runs this every hour; installations without a task consumer
run `duijie event-reminders` from cron instead. `Participant.reminded_for` records the start
time each reminder announced, so reruns (or a task and a cron job at once) never send one
twice; only an event moved to another start time is announced again.
"""

from __future__ import annotations

import datetime
import logging

from django.conf import settings
from django.db import transaction
from django.db.models import Min, Q
from django.urls import reverse
from django.utils import timezone

from duijie.common.audit import record_event
from duijie.common.models.notifications import NotificationKind
from duijie.common.notify import email_user
from duijie.common.permissions import require
from duijie.events.domain.queries import approved_participants, meetings_of
from duijie.events.models import Event, EventStatus, Participant, ParticipantStatus

logger = logging.getLogger(__name__)

DEFAULT_REMINDER_DAYS = 1


def reminder_lead() -> datetime.timedelta:
    """How long before an event starts its participants are reminded."""
    days = getattr(settings, "EVENTS_REMINDER_DAYS", DEFAULT_REMINDER_DAYS)
    return datetime.timedelta(days=float(days))


def event_start(event: Event) -> datetime.datetime:
    """When the first session starts, or midnight of the first day for an event without any."""
    first = getattr(event, "first_start", None)
    if first is None:
        first = event.sessions.aggregate(first=Min("starts_at"))["first"]
    if first is not None:
        return first
    return timezone.make_aware(datetime.datetime.combine(event.starts_on, datetime.time()))


def events_to_remind(now: datetime.datetime, lead: datetime.timedelta) -> list[tuple]:
    """Published events starting after `now` and within `lead` of it, each with its start."""
    candidates = Event.objects.filter(
        status=EventStatus.PUBLISHED,
        starts_on__lte=timezone.localdate(now + lead),
        ends_on__gte=timezone.localdate(now),
    ).annotate(first_start=Min("sessions__starts_at"))
    starts = [(event, event_start(event)) for event in candidates.order_by("pk")]
    return [(event, start) for event, start in starts if now < start <= now + lead]


def _not_reminded_of(start: datetime.datetime) -> Q:
    """Never reminded, or reminded of another start time (the event has moved)."""
    return Q(reminded_for__isnull=True) | ~Q(reminded_for=start)


def send_event_reminders(*, now: datetime.datetime | None = None) -> int:
    """Remind the admitted participants of every event starting soon; returns emails sent."""
    now = now or timezone.now()
    lead = reminder_lead()
    sent = 0
    for event, start in events_to_remind(now, lead):
        due = approved_participants(event).filter(_not_reminded_of(start))
        for participant in due.order_by("pk"):
            sent += _remind_or_log(participant, start=start, now=now)
    return sent


def _remind_or_log(participant: Participant, *, start, now) -> int:
    try:
        return remind_participant(participant, actor=None, start=start, now=now)
    except Exception:  # one failing address must not stop the others; retried next run
        logger.exception("event reminder to participant %s failed", participant.pk)
        return 0


def remind_participant(
    participant: Participant,
    *,
    actor,
    start: datetime.datetime,
    now: datetime.datetime | None = None,
) -> int:
    """Email an admitted participant the reminder of `start` unless sent; returns 1 if sent."""
    require(actor, "events.manage_event", participant.event)
    now = now or timezone.now()
    if not Event.objects.filter(pk=participant.event_id, status=EventStatus.PUBLISHED).exists():
        return 0
    with transaction.atomic():
        # The conditional update (on the row's own columns) is the claim: of two concurrent
        # runs, only one matches.
        claimed = (
            Participant.objects.filter(_not_reminded_of(start))
            .filter(pk=participant.pk, status=ParticipantStatus.APPROVED)
            .update(reminded_at=now, reminded_for=start)
        )
        if not claimed:
            return 0
        record_event(participant, "participant.reminded", actor=actor)
        # Sent inside the transaction: if sending fails, the claim is rolled back and retried.
        return _send_reminder(participant, start)


def _send_reminder(participant: Participant, start: datetime.datetime) -> int:
    return email_user(
        participant.user,
        subject_template="events/email/reminder_subject.txt",
        body_template="events/email/reminder_body.txt",
        context={
            "participant": participant,
            "event": participant.event,
            "start": start,
            "meetings": meetings_of(participant).count(),
        },
        kind=NotificationKind.EVENT_REMINDER,
        url=reverse("web:events_agenda", args=[participant.event_id]),
    )
