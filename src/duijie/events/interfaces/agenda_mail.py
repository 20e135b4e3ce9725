"""The agenda e-mail: a participant's agenda in their language with the calendar attached."""

from __future__ import annotations

from django.db import transaction
from django.urls import reverse

from duijie.common.audit import record_event
from duijie.common.models.notifications import Delivery, NotificationKind
from duijie.common.notify import notify
from duijie.common.permissions import require
from duijie.events.domain.agenda import agenda_items
from duijie.events.domain.queries import approved_participants
from duijie.events.interfaces.ical import participant_calendar
from duijie.events.models import Event, Participant


def send_agenda(participant: Participant, *, actor) -> int:
    """Queue the agenda e-mail in the recipient's language with the calendar file attached."""
    require(actor, "events.view_agenda", participant)
    user = participant.user
    if not user.email or not user.is_active:
        return 0
    with transaction.atomic():
        notification = notify(
            user,
            NotificationKind.MEETING_SCHEDULED,
            subject_template="events/email/agenda_subject.txt",
            body_template="events/email/agenda_body.txt",
            context={
                "participant": participant,
                "event": participant.event,
                "items": agenda_items(participant),
            },
            url=reverse("web:events_agenda", args=[participant.event_id]),
            attachments=[("agenda.ics", participant_calendar(participant), "text/calendar")],
            actor=actor,
        )
        record_event(participant, "participant.agenda_sent", actor=actor)
    return int(notification is not None and notification.delivery == Delivery.EMAIL)


def send_agendas(event: Event, *, actor) -> int:
    """Queue every admitted participant's agenda e-mail; returns how many were queued."""
    require(actor, "events.manage_event", event)
    return sum(send_agenda(p, actor=actor) for p in approved_participants(event))
