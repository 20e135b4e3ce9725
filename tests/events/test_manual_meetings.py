"""Organisers add meetings by hand: validated against clashes, locked for re-scheduling."""

import pytest
from django.utils import translation

from duijie.common.errors import DomainError, PermissionDenied
from duijie.common.models import AuditEvent
from duijie.events.domain.meetings import add_meeting
from duijie.events.domain.requests import set_preference
from duijie.events.domain.scheduling import schedule_event
from duijie.events.models import Meeting
from tests.conftest import login
from tests.events.factories import ParticipantFactory, RequestFactory, add_session
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def slot(world, index):
    return list(world.event.slots.all())[index]


def table(world, index):
    return list(world.event.tables.all())[index]


def add(world, one, other, slot_index=0, table_index=0, actor=None):
    return add_meeting(
        world.event,
        actor=actor or world.organiser,
        one=one,
        other=other,
        slot=slot(world, slot_index),
        table=table(world, table_index),
    )


def refused(world, *args, **kwargs) -> DomainError:
    """The refusal, with its message rendered in English."""
    with translation.override("en"):
        with pytest.raises(DomainError) as error:
            add(world, *args, **kwargs)
        error.value.message = str(error.value.message)
    return error.value


def test_an_organiser_adds_a_locked_meeting(world):
    meeting = add(world, world.bob, world.alice, 1, 1)
    meeting.refresh_from_db()
    a, b = sorted((world.alice, world.bob), key=lambda p: p.pk)
    assert (meeting.a, meeting.b) == (a, b)
    assert (meeting.slot, meeting.table) == (slot(world, 1), table(world, 1))
    assert (meeting.locked, meeting.source, meeting.attendance) == (True, "organiser", "planned")
    assert meeting.request is None
    assert AuditEvent.objects.filter(verb="meeting.added", target_id=str(meeting.pk)).exists()


def test_an_accepted_request_between_them_is_linked(world):
    request = RequestFactory(sender=world.alice, receiver=world.bob, status="accepted")
    assert add(world, world.alice, world.bob).request == request


def test_rescheduling_keeps_the_manual_meeting(world):
    manual = add(world, world.alice, world.carol, 1, 1)
    RequestFactory(sender=world.alice, receiver=world.bob, status="accepted")
    run = schedule_event(world.event, actor=world.organiser)
    assert run.status == "done"
    kept = Meeting.objects.get(pk=manual.pk)
    assert (kept.slot, kept.table, kept.locked) == (slot(world, 1), table(world, 1), True)
    placed = Meeting.objects.exclude(pk=manual.pk).get()
    assert {placed.a, placed.b} == {world.alice, world.bob}
    assert placed.slot != slot(world, 1)
    assert run.meetings == 2


def test_the_same_person_twice_in_a_slot_is_refused_by_name(world):
    add(world, world.alice, world.bob, 0, 0)
    error = refused(world, world.carol, world.bob, 0, 1)
    assert error.code == "participant_busy"
    assert str(error.message) == "王博 already has a meeting in that slot."
    assert Meeting.objects.count() == 1


def test_a_taken_table_is_refused(world):
    add(world, world.alice, world.bob, 0, 0)
    dave = ParticipantFactory(event=world.event)
    error = refused(world, world.carol, dave, 0, 0)
    assert (error.code, str(error.message)) == ("table_taken", "That table is taken in that slot.")


def test_a_pair_meets_only_once(world):
    add(world, world.alice, world.bob, 0, 0)
    error = refused(world, world.bob, world.alice, 2, 1)
    assert error.code == "pair_taken"
    first = slot(world, 0)
    assert str(error.message) == f"王博 and Alice Tan already meet: {first}, table T01."


def test_someone_not_attending_the_session_is_refused(world):
    afternoon = add_session(world.event, start=(14, 0), end=(15, 0), name="下午")
    world.bob.sessions.set([world.event.sessions.exclude(pk=afternoon.pk).get()])
    later = list(world.event.slots.all()).index(world.event.slots.filter(session=afternoon)[0])
    error = refused(world, world.alice, world.bob, later, 0)
    assert (error.code, str(error.message)) == (
        "not_attending",
        "王博 does not attend that session.",
    )


def test_only_two_different_admitted_participants(world):
    assert refused(world, world.alice, world.alice).code == "same_person"
    pending = ParticipantFactory(event=world.event, status="pending")
    assert refused(world, world.alice, pending).code == "not_admitted"
    set_preference(world.bob, world.carol, actor=world.bob.user, level="no")
    error = refused(world, world.carol, world.bob)
    assert (error.code, str(error.message)) == (
        "blocked",
        "One of them answered “no thanks” to meeting the other.",
    )
    assert not Meeting.objects.exists()


def test_slots_tables_and_people_of_another_event_are_refused(world, other_event):
    event, _organiser = other_event
    stranger = ParticipantFactory(event=event)
    assert refused(world, world.alice, stranger).code == "other_event"
    with pytest.raises(DomainError) as error:
        add_meeting(
            world.event,
            actor=world.organiser,
            one=world.alice,
            other=world.bob,
            slot=event.slots.first(),
            table=table(world, 0),
        )
    assert error.value.code == "other_event"


def test_cancelled_events_take_no_new_meetings(world):
    world.event.status = "cancelled"
    world.event.save()
    assert refused(world, world.alice, world.bob).code == "cancelled"


def test_only_this_events_organisers_may_add(world, other_event):
    for actor in (other_event[1], world.alice.user, UserFactory()):
        with pytest.raises(PermissionDenied):
            add(world, world.alice, world.bob, actor=actor)
    assert not Meeting.objects.exists()


def post_meeting(client, world, one, other, slot_index=0, table_index=0, **headers):
    data = {
        "one": one.pk,
        "other": other.pk,
        "slot": slot(world, slot_index).pk,
        "table": table(world, table_index).pk,
    }
    return client.post(f"/events/{world.event.pk}/meetings/add/", data, **headers)


def test_the_schedule_page_form_adds_a_meeting(client, world):
    login(client, world.organiser)
    page = client.get(f"/events/{world.event.pk}/schedule/", HTTP_ACCEPT_LANGUAGE="en")
    assert "Add a meeting by hand" in page.content.decode()
    response = post_meeting(client, world, world.alice, world.bob, 2, 1)
    assert response.status_code == 302
    assert response["Location"] == f"/events/{world.event.pk}/schedule/"
    meeting = Meeting.objects.get()
    assert (meeting.slot, meeting.table, meeting.locked) == (slot(world, 2), table(world, 1), True)


def test_a_clash_shows_the_translated_reason_on_the_page(client, world):
    add(world, world.alice, world.bob, 0, 0)
    world.organiser.language = "zh-hans"
    world.organiser.save()
    login(client, world.organiser)
    response = post_meeting(client, world, world.carol, world.bob, 0, 1)
    assert response.status_code == 400
    assert "王博 在该时段已有洽谈。" in response.content.decode()
    response = post_meeting(client, world, world.carol, ParticipantFactory(event=world.event))
    assert "该桌位在该时段已被占用。" in response.content.decode()
    assert Meeting.objects.count() == 1


def test_others_cannot_add_meetings_through_the_page(client, world, other_event):
    login(client, other_event[1])
    assert post_meeting(client, world, world.alice, world.bob).status_code == 403
    login(client, world.alice.user)
    assert post_meeting(client, world, world.alice, world.bob).status_code == 403
    client.logout()
    assert post_meeting(client, world, world.alice, world.bob).status_code == 302
    assert not Meeting.objects.exists()


def test_the_form_offers_only_admitted_participants(client, world):
    pending = ParticipantFactory(event=world.event, status="pending")
    login(client, world.organiser)
    response = post_meeting(client, world, world.alice, pending)
    assert response.status_code == 400
    assert not Meeting.objects.exists()
