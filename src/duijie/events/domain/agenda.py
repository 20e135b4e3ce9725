"""Personal agendas: the sessions a participant attends, breaks and their meetings."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.urls import reverse

from duijie.common.audit import record_event
from duijie.common.models.notifications import Delivery, NotificationKind
from duijie.common.notify import notify
from duijie.common.permissions import require
from duijie.events.domain.queries import approved_participants, meetings_of
from duijie.events.models import Event, EventBreak, EventSession, Meeting, Participant


@dataclass(frozen=True)
class AgendaItem:
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    session: EventSession | None = None
    pause: EventBreak | None = None
    meeting: Meeting | None = None
    counterpart: Participant | None = None

    @property
    def kind(self) -> str:
        return "meeting" if self.meeting else "break" if self.pause else "session"


def attended_sessions(participant: Participant) -> list[EventSession]:
    chosen = list(participant.sessions.all())
    return chosen or list(participant.event.sessions.all())


def agenda_items(participant: Participant) -> list[AgendaItem]:
    """Everything on the participant's day, in time order (meetings before their session)."""
    items = [AgendaItem(s.starts_at, s.ends_at, session=s) for s in attended_sessions(participant)]
    items += [AgendaItem(b.starts_at, b.ends_at, pause=b) for b in participant.event.breaks.all()]
    for meeting in meetings_of(participant):
        items.append(
            AgendaItem(
                meeting.slot.starts_at,
                meeting.slot.ends_at,
                meeting=meeting,
                counterpart=meeting.other_side(participant),
            )
        )
    order = {"session": 0, "break": 1, "meeting": 2}
    return sorted(items, key=lambda item: (item.starts_at, order[item.kind]))


def send_agenda(participant: Participant, *, actor) -> int:
    """Queue the agenda e-mail in the recipient's language with the calendar file attached."""
    require(actor, "events.view_agenda", participant)
    # ical imports this module for agenda_items; importing it at the top would be a cycle.
    from duijie.events.interfaces.ical import participant_calendar

    user = participant.user
    if not user.email or not user.is_active:
        return 0
    with transaction.atomic():
        notification = notify(
            user,
            NotificationKind.MEETING_SCHEDULED,
            subject_template="web/events/email/agenda_subject.txt",
            body_template="web/events/email/agenda_body.txt",
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
