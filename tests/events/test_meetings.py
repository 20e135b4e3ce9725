"""Organisers move, lock and cancel meetings; moves are validated."""

import pytest

from duijie.common.errors import DomainError, PermissionDenied
from duijie.events.domain.meetings import move_meeting, move_options
from duijie.events.models import Meeting
from tests.events.factories import ParticipantFactory, add_session

pytestmark = pytest.mark.django_db


def place(world, one, other, slot_index, table_index):
    a, b = sorted((one, other), key=lambda p: p.pk)
    return Meeting.objects.create(
        event=world.event,
        slot=list(world.event.slots.all())[slot_index],
        table=list(world.event.tables.all())[table_index],
        a=a,
        b=b,
        source="scheduler",
    )


def slot(world, index):
    return list(world.event.slots.all())[index]


def table(world, index):
    return list(world.event.tables.all())[index]


def test_a_meeting_moves_to_a_free_slot_and_table_and_is_locked(world):
    meeting = place(world, world.alice, world.bob, 0, 0)
    move_meeting(meeting, actor=world.organiser, slot=slot(world, 2), table=table(world, 1))
    meeting.refresh_from_db()
    assert (meeting.slot, meeting.table, meeting.locked) == (slot(world, 2), table(world, 1), True)


def test_a_move_onto_a_busy_participant_is_refused(world):
    meeting = place(world, world.alice, world.bob, 0, 0)
    place(world, world.bob, world.carol, 1, 0)
    with pytest.raises(DomainError) as error:
        move_meeting(meeting, actor=world.organiser, slot=slot(world, 1), table=table(world, 1))
    assert error.value.code == "participant_busy"
    meeting.refresh_from_db()
    assert meeting.slot == slot(world, 0)


def test_a_move_onto_a_taken_table_is_refused(world):
    meeting = place(world, world.alice, world.bob, 0, 0)
    dave = ParticipantFactory(event=world.event)
    place(world, world.carol, dave, 1, 0)
    with pytest.raises(DomainError) as error:
        move_meeting(meeting, actor=world.organiser, slot=slot(world, 1), table=table(world, 0))
    assert error.value.code == "table_taken"


def test_a_move_into_a_session_someone_skips_is_refused(world):
    afternoon = add_session(world.event, start=(14, 0), end=(15, 0), name="下午")
    morning = world.event.sessions.first()
    world.bob.sessions.set([morning])
    meeting = place(world, world.alice, world.bob, 0, 0)
    later = world.event.slots.filter(session=afternoon).first()
    with pytest.raises(DomainError) as error:
        move_meeting(meeting, actor=world.organiser, slot=later, table=table(world, 0))
    assert error.value.code == "participant_busy"


def test_staying_in_place_at_another_table_is_allowed(world):
    meeting = place(world, world.alice, world.bob, 0, 0)
    move_meeting(meeting, actor=world.organiser, slot=slot(world, 0), table=table(world, 1))
    assert Meeting.objects.get(pk=meeting.pk).table == table(world, 1)


def test_move_options_list_only_valid_places(world):
    meeting = place(world, world.alice, world.bob, 0, 0)
    place(world, world.bob, world.carol, 1, 0)
    options = {s.pk: [t.label for t in tables] for s, tables in move_options(meeting)}
    assert options == {slot(world, 0).pk: ["T01", "T02"], slot(world, 2).pk: ["T01", "T02"]}


def test_organisers_of_other_events_cannot_move_meetings(world, other_event):
    meeting = place(world, world.alice, world.bob, 0, 0)
    with pytest.raises(PermissionDenied):
        move_meeting(meeting, actor=other_event[1], slot=slot(world, 2), table=table(world, 1))
    foreign_slot = other_event[0].slots.first()
    with pytest.raises(DomainError):
        move_meeting(meeting, actor=world.organiser, slot=foreign_slot, table=table(world, 1))
