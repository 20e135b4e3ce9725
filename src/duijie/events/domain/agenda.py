"""Personal agendas: the sessions a participant attends, breaks and their meetings."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from duijie.events.domain.queries import meetings_of
from duijie.events.models import EventBreak, EventSession, Meeting, Participant


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
