"""Organisers' changes to single meetings: add by hand, move, lock, cancel, attendance."""

from __future__ import annotations

from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from duijie.common.audit import record_event
from duijie.common.errors import DomainError
from duijie.common.permissions import require
from duijie.events.domain.requests import pair_blocked, pair_meetings, request_between
from duijie.events.models import (
    Attendance,
    Event,
    EventStatus,
    EventTable,
    Meeting,
    MeetingSource,
    Participant,
    RequestStatus,
    Slot,
)


def attends(participant: Participant, slot: Slot) -> bool:
    """Whether the participant is there in the slot (no sessions ticked means all of them)."""
    sessions = set(participant.sessions.values_list("pk", flat=True))
    return not sessions or slot.session_id in sessions


def busy_participants(slot: Slot, *, excluding: Meeting | None = None) -> set[int]:
    meetings = Meeting.objects.filter(slot=slot)
    if excluding is not None:
        meetings = meetings.exclude(pk=excluding.pk)
    return {pk for pair in meetings.values_list("a_id", "b_id") for pk in pair}


def free_tables(slot: Slot, *, excluding: Meeting | None = None):
    taken = Meeting.objects.filter(slot=slot)
    if excluding is not None:
        taken = taken.exclude(pk=excluding.pk)
    return slot.event.tables.exclude(pk__in=taken.values("table_id"))


def move_options(meeting: Meeting) -> list[tuple[Slot, list[EventTable]]]:
    """Slots where both sides are free and attending, each with its free tables."""
    options = []
    for slot in meeting.event.slots.all():
        if move_problem(meeting, slot) is None:
            tables = list(free_tables(slot, excluding=meeting))
            if tables:
                options.append((slot, tables))
    return options


def slot_conflict(people, slot: Slot, *, excluding: Meeting | None = None):
    """(code, message) saying why one of `people` cannot meet in `slot`, or None."""
    busy = busy_participants(slot, excluding=excluding)
    for person in people:
        name = {"name": person.user.full_name}
        if person.pk in busy:
            return "participant_busy", _("%(name)s already has a meeting in that slot.") % name
        if not attends(person, slot):
            return "not_attending", _("%(name)s does not attend that session.") % name
    return None


def move_problem(meeting: Meeting, slot: Slot):
    """Why the meeting's two sides cannot meet in `slot`, or None."""
    conflict = slot_conflict((meeting.a, meeting.b), slot, excluding=meeting)
    return conflict[1] if conflict else None


def move_meeting(meeting: Meeting, *, actor, slot: Slot, table: EventTable) -> Meeting:
    """Move a meeting to another slot and table where both sides and the table are free."""
    require(actor, "events.manage_event", meeting.event)
    if slot.event_id != meeting.event_id or table.event_id != meeting.event_id:
        raise DomainError(_("Choose a slot and table of this event."), code="other_event")
    if meeting.attendance != Attendance.PLANNED:
        raise DomainError(_("This meeting has already taken place."), code="past")
    with transaction.atomic():
        list(Meeting.objects.select_for_update().filter(event=meeting.event).values_list("pk"))
        problem = move_problem(meeting, slot)
        if problem:
            raise DomainError(problem, code="participant_busy")
        if not free_tables(slot, excluding=meeting).filter(pk=table.pk).exists():
            raise DomainError(_("That table is taken in that slot."), code="table_taken")
        old = (meeting.slot_id, meeting.table_id)
        meeting.slot, meeting.table, meeting.locked = slot, table, True
        meeting.save(update_fields=["slot", "table", "locked"])
        record_event(meeting, "meeting.moved", actor=actor, before=old, after=(slot.pk, table.pk))
    return meeting


def add_meeting(
    event: Event, *, actor, one: Participant, other: Participant, slot: Slot, table: EventTable
) -> Meeting:
    """Place a meeting between two admitted participants by hand; it is locked in place."""
    require(actor, "events.manage_event", event)
    _check_manual_pair(event, one, other)
    if slot.event_id != event.pk or table.event_id != event.pk:
        raise DomainError(_("Choose a slot and table of this event."), code="other_event")
    with transaction.atomic():
        list(Meeting.objects.select_for_update().filter(event=event).values_list("pk"))
        _check_place_free(one, other, slot, table)
        a, b = sorted((one, other), key=lambda person: person.pk)
        meeting = Meeting.objects.create(
            event=event,
            slot=slot,
            table=table,
            a=a,
            b=b,
            request=_accepted_request(a, b),
            locked=True,
            source=MeetingSource.ORGANISER,
        )
        record_event(meeting, "meeting.added", actor=actor, slot=slot.pk, table=table.pk)
    return meeting


def _check_manual_pair(event: Event, one: Participant, other: Participant) -> None:
    if event.status == EventStatus.CANCELLED:
        raise DomainError(_("This event is cancelled."), code="cancelled")
    if one.event_id != event.pk or other.event_id != event.pk:
        raise DomainError(_("Choose participants of this event."), code="other_event")
    if one.pk == other.pk:
        raise DomainError(_("Choose two different participants."), code="same_person")
    if not (one.is_approved and other.is_approved):
        raise DomainError(
            _("Both sides must be admitted participants of the event."), code="not_admitted"
        )
    if pair_blocked(one, other):
        raise DomainError(
            _("One of them answered “no thanks” to meeting the other."), code="blocked"
        )


def _check_place_free(one: Participant, other: Participant, slot: Slot, table) -> None:
    """Refuse a second meeting of the pair, a busy or absent person, or a taken table."""
    existing = pair_meetings(one, other).select_related("slot", "table").first()
    if existing is not None:
        raise DomainError(
            _("%(one)s and %(other)s already meet: %(slot)s, table %(table)s.")
            % {
                "one": one.user.full_name,
                "other": other.user.full_name,
                "slot": existing.slot,
                "table": existing.table.label,
            },
            code="pair_taken",
        )
    conflict = slot_conflict((one, other), slot)
    if conflict:
        raise DomainError(conflict[1], code=conflict[0])
    if not free_tables(slot).filter(pk=table.pk).exists():
        raise DomainError(_("That table is taken in that slot."), code="table_taken")


def _accepted_request(a: Participant, b: Participant):
    request = request_between(a, b)
    return request if request and request.status == RequestStatus.ACCEPTED else None


def set_locked(meeting: Meeting, *, actor, locked: bool) -> Meeting:
    """Lock a meeting in place for re-scheduling, or release it."""
    require(actor, "events.manage_event", meeting.event)
    with transaction.atomic():
        meeting.locked = locked
        meeting.save(update_fields=["locked"])
        record_event(meeting, "meeting.locked" if locked else "meeting.unlocked", actor=actor)
    return meeting


def cancel_meeting(meeting: Meeting, *, actor) -> None:
    """Remove a meeting that has not taken place."""
    require(actor, "events.manage_event", meeting.event)
    if meeting.attendance != Attendance.PLANNED:
        raise DomainError(_("This meeting has already taken place."), code="past")
    with transaction.atomic():
        record_event(meeting.event, "meeting.cancelled", actor=actor, meeting=meeting.pk)
        meeting.delete()


def mark_attendance(meeting: Meeting, *, actor, attendance: str) -> Meeting:
    """Record whether a meeting was held or someone did not come."""
    require(actor, "events.manage_event", meeting.event)
    if attendance not in Attendance.values:
        raise DomainError(_("Choose a valid attendance."), code="attendance")
    with transaction.atomic():
        meeting.attendance = attendance
        meeting.save(update_fields=["attendance"])
        record_event(meeting, "meeting.attendance", actor=actor, attendance=attendance)
    return meeting


def participant_meetings(participant: Participant):
    return Meeting.objects.filter(Q(a=participant) | Q(b=participant))
