"""The scheduler's problem built from the database, and the ids that link the two.

Ids in the exchange format: participants "p<pk>", slots "s<pk>", tables by label.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Q
from django.utils import timezone

from duijie.events import core
from duijie.events.domain.queries import approved_participants
from duijie.events.models import (
    Event,
    EventTable,
    Meeting,
    MeetingRequest,
    Participant,
    Preference,
    PreferenceLevel,
    RequestStatus,
    Slot,
)

# Each side adds its preference weight: two "happy" sides weigh 2, a "must meet" side
# adds 3, so a must-meet pair (6) outweighs three ordinary meetings of the same people.
PREFERENCE_WEIGHTS = {PreferenceLevel.MUST: 3, PreferenceLevel.HAPPY: 1}


def participant_key(participant: Participant) -> str:
    return f"p{participant.pk}"


def slot_key(slot: Slot) -> str:
    return f"s{slot.pk}"


def pair_key(a: str, b: str) -> frozenset[str]:
    return frozenset((a, b))


@dataclass
class EventInstance:
    """A core `Instance` plus the database rows behind each of its ids."""

    instance: core.Instance
    participants: dict[str, Participant]
    slots: dict[str, Slot]
    tables: dict[str, EventTable]
    requests: dict[frozenset[str], MeetingRequest]
    fixed: dict[frozenset[str], Meeting]
    blocked: list[MeetingRequest] = field(default_factory=list)
    weights: dict[frozenset[str], float] = field(default_factory=dict)

    def weight_of(self, a: str, b: str) -> float:
        if not self.weights:
            self.weights = {pair_key(r.a, r.b): r.weight for r in self.instance.requests}
        return self.weights.get(pair_key(a, b), 0.0)


def local_iso(moment) -> str:
    return timezone.localtime(moment).strftime("%Y-%m-%dT%H:%M")


def build_instance(event: Event) -> EventInstance:
    """Slots, tables, admitted participants, accepted unblocked requests, fixed meetings."""
    slots = {slot_key(s): s for s in event.slots.order_by("starts_at")}
    tables = {t.label: t for t in event.tables.all()}
    people = {
        participant_key(p): p for p in approved_participants(event).prefetch_related("sessions")
    }
    fixed = _fixed_meetings(event, people)
    requests, blocked = _schedulable_requests(event, people)
    weights = _pair_weights(event, requests)
    instance = core.Instance(
        slots=tuple(
            core.Slot(key, local_iso(s.starts_at), local_iso(s.ends_at)) for key, s in slots.items()
        ),
        tables=tuple(tables),
        participants=tuple(_participant(key, p, slots, fixed) for key, p in people.items()),
        requests=tuple(core.Request(*sorted(pair), weights[pair]) for pair in requests),
        locked=tuple(_core_meeting(m) for m in fixed.values()),
    )
    return EventInstance(instance, people, slots, tables, requests, fixed, blocked)


def _fixed_meetings(event: Event, people: dict) -> dict[frozenset[str], Meeting]:
    """Locked, held or missed meetings between admitted participants stay where they are."""
    meetings = event.meetings.filter(Q(locked=True) | ~Q(attendance="planned"))
    meetings = meetings.select_related("slot", "table")
    return {
        pair_key(f"p{m.a_id}", f"p{m.b_id}"): m
        for m in meetings
        if f"p{m.a_id}" in people and f"p{m.b_id}" in people
    }


def _core_meeting(meeting: Meeting) -> core.Meeting:
    return core.Meeting(
        f"p{meeting.a_id}", f"p{meeting.b_id}", f"s{meeting.slot_id}", meeting.table.label
    )


def _participant(key: str, person: Participant, slots: dict, fixed: dict) -> core.Participant:
    attended = {s.pk for s in person.sessions.all()}
    available = [k for k, s in slots.items() if not attended or s.session_id in attended]
    own_fixed = [m for pair, m in fixed.items() if key in pair]
    # A fixed meeting proves presence, even outside the sessions the person ticked.
    available += [f"s{m.slot_id}" for m in own_fixed if f"s{m.slot_id}" not in available]
    ordered = [k for k in slots if k in set(available)]
    quota = max(person.meeting_quota, len(own_fixed))
    return core.Participant(key, tuple(ordered), quota)


def _schedulable_requests(event: Event, people: dict):
    """Accepted requests between admitted participants; blocked pairs are set aside."""
    accepted = MeetingRequest.objects.filter(event=event, status=RequestStatus.ACCEPTED)
    refusals = set(
        Preference.objects.filter(participant__event=event, level=PreferenceLevel.NO).values_list(
            "participant_id", "counterpart_id"
        )
    )
    requests: dict[frozenset[str], MeetingRequest] = {}
    blocked = []
    for request in accepted.order_by("created_at", "pk"):
        pair = pair_key(f"p{request.sender_id}", f"p{request.receiver_id}")
        if not pair <= people.keys():
            continue
        ids = (request.sender_id, request.receiver_id)
        if ids in refusals or ids[::-1] in refusals:
            blocked.append(request)
        else:
            requests.setdefault(pair, request)
    return requests, blocked


def _pair_weights(event: Event, requests: dict) -> dict[frozenset[str], float]:
    levels = {
        (p, c): level
        for p, c, level in Preference.objects.filter(participant__event=event).values_list(
            "participant_id", "counterpart_id", "level"
        )
    }
    weights = {}
    for pair, request in requests.items():
        sides = [(request.sender_id, request.receiver_id), (request.receiver_id, request.sender_id)]
        weights[pair] = float(sum(PREFERENCE_WEIGHTS.get(levels.get(side), 1) for side in sides))
    return weights
