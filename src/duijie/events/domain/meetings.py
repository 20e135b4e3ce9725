"""Organisers' changes to single meetings: move, lock, cancel, attendance."""

from __future__ import annotations

from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from duijie.common.audit import record_event
from duijie.common.errors import DomainError
from duijie.events.domain.access import require
from duijie.events.models import Attendance, EventTable, Meeting, Participant, Slot


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


def move_problem(meeting: Meeting, slot: Slot):
    """Why the meeting's two sides cannot meet in `slot`, or None."""
    busy = busy_participants(slot, excluding=meeting)
    for person in (meeting.a, meeting.b):
        if person.pk in busy:
            return _("%(name)s already has a meeting in that slot.") % {
                "name": person.user.full_name
            }
        if not attends(person, slot):
            return _("%(name)s does not attend that session.") % {"name": person.user.full_name}
    return None


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
