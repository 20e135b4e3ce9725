"""Scheduling from the database: the instance, the solve, storing, locks and failures."""

from unittest import mock

import pytest

from duijie.common.errors import PermissionDenied
from duijie.events.domain import scheduling
from duijie.events.domain.instance import build_instance
from duijie.events.domain.requests import set_preference
from duijie.events.domain.scheduling import schedule_event
from duijie.events.models import Meeting, ScheduleRun
from tests.events.factories import ParticipantFactory, RequestFactory, add_session

pytestmark = pytest.mark.django_db


def meeting_pairs(event):
    return {(m.a_id, m.b_id) for m in Meeting.objects.filter(event=event)}


def test_three_requests_among_three_people_fill_the_three_slots(world):
    RequestFactory(sender=world.alice, receiver=world.bob)
    RequestFactory(sender=world.bob, receiver=world.carol)
    RequestFactory(sender=world.carol, receiver=world.alice)
    run = schedule_event(world.event, actor=world.organiser)
    assert (run.status, run.meetings, run.weight, run.upper_bound) == ("done", 3, 6.0, 6.0)
    meetings = list(Meeting.objects.filter(event=world.event))
    assert len({m.slot_id for m in meetings}) == 3
    assert all(m.request is not None and m.source == "scheduler" for m in meetings)
    assert run.gap == 0.0


def test_the_instance_reflects_sessions_quotas_and_preferences(world):
    afternoon = add_session(world.event, start=(14, 0), end=(15, 0), name="下午")
    world.carol.sessions.set([afternoon])
    world.alice.max_meetings = 1
    world.alice.save()
    RequestFactory(sender=world.alice, receiver=world.bob)
    RequestFactory(sender=world.carol, receiver=world.bob)
    set_preference(world.alice, world.bob, actor=world.alice.user, level="must")
    built = build_instance(world.event)
    people = {p.id: p for p in built.instance.participants}
    assert len(people[f"p{world.alice.pk}"].available) == 5
    assert len(people[f"p{world.carol.pk}"].available) == 2
    assert people[f"p{world.alice.pk}"].max_meetings == 1
    assert people[f"p{world.bob.pk}"].max_meetings == 8
    weights = sorted(r.weight for r in built.instance.requests)
    assert weights == [2.0, 4.0]  # happy+happy, must+happy


def test_pending_declined_and_not_admitted_requests_are_left_out(world):
    RequestFactory(sender=world.alice, receiver=world.bob, status="pending")
    RequestFactory(sender=world.alice, receiver=world.carol, status="declined")
    outsider = ParticipantFactory(event=world.event, status="pending")
    RequestFactory(sender=world.bob, receiver=outsider)
    assert build_instance(world.event).instance.requests == ()


def test_no_thanks_keeps_a_pair_apart_and_says_so(world):
    request = RequestFactory(sender=world.alice, receiver=world.bob)
    set_preference(world.bob, world.alice, actor=world.bob.user, level="no")
    run = schedule_event(world.event, actor=world.organiser)
    assert run.meetings == 0
    assert [(u.request_id, u.reason) for u in run.unscheduled.all()] == [(request.pk, "blocked")]


def test_quota_reasons_reach_the_organiser(world):
    world.alice.max_meetings = 1
    world.alice.save()
    RequestFactory(sender=world.alice, receiver=world.bob)
    second = RequestFactory(sender=world.alice, receiver=world.carol)
    set_preference(world.alice, world.bob, actor=world.alice.user, level="must")
    run = schedule_event(world.event, actor=world.organiser)
    assert run.meetings == 1
    assert meeting_pairs(world.event) == {tuple(sorted((world.alice.pk, world.bob.pk)))}
    assert [(u.request_id, u.reason) for u in run.unscheduled.all()] == [
        (second.pk, "quota_reached")
    ]


def test_locked_meetings_stay_where_they_are(world):
    request = RequestFactory(sender=world.alice, receiver=world.bob)
    last_slot = world.event.slots.last()
    table = world.event.tables.last()
    a, b = sorted((world.alice, world.bob), key=lambda p: p.pk)
    locked = Meeting.objects.create(
        event=world.event,
        slot=last_slot,
        table=table,
        a=a,
        b=b,
        request=request,
        locked=True,
        source="organiser",
    )
    RequestFactory(sender=world.carol, receiver=world.alice)
    run = schedule_event(world.event, actor=world.organiser)
    assert run.meetings == 2
    locked.refresh_from_db()
    assert (locked.slot, locked.table, locked.source) == (last_slot, table, "organiser")


def test_recomputing_replaces_unlocked_meetings(world):
    RequestFactory(sender=world.alice, receiver=world.bob)
    schedule_event(world.event, actor=world.organiser)
    schedule_event(world.event, actor=world.organiser)
    assert Meeting.objects.filter(event=world.event).count() == 1
    assert ScheduleRun.objects.filter(event=world.event).count() == 2


def test_a_failure_leaves_the_previous_schedule_intact(world):
    RequestFactory(sender=world.alice, receiver=world.bob)
    schedule_event(world.event, actor=world.organiser)
    before = list(Meeting.objects.values_list("pk", "slot_id", "table_id"))
    RequestFactory(sender=world.carol, receiver=world.bob)
    with mock.patch.object(
        scheduling.Meeting.objects, "bulk_create", side_effect=RuntimeError("disk")
    ):
        run = schedule_event(world.event, actor=world.organiser)
    assert run.status == "failed"
    assert "disk" in run.error
    assert list(Meeting.objects.values_list("pk", "slot_id", "table_id")) == before


def test_large_events_are_solved_by_the_background_task(world, monkeypatch):
    monkeypatch.setattr(scheduling, "LARGE_EVENT", 2)
    RequestFactory(sender=world.alice, receiver=world.bob)
    from duijie.events import tasks

    with mock.patch.object(tasks, "solve_schedule_task", wraps=tasks.solve_schedule_task) as worker:
        run = schedule_event(world.event, actor=world.organiser)
    # huey runs tasks inline in tests ("immediate" mode), so the run is done already.
    assert worker.call_count == 1
    assert (run.status, run.meetings) == ("done", 1)


def test_events_without_slots_or_tables_cannot_be_scheduled(world):
    world.event.tables.all().delete()
    with pytest.raises(Exception) as error:
        schedule_event(world.event, actor=world.organiser)
    assert error.value.code == "no_tables"


def test_only_organisers_schedule(world, other_event):
    _event, stranger = other_event
    with pytest.raises(PermissionDenied):
        schedule_event(world.event, actor=stranger)
    with pytest.raises(PermissionDenied):
        schedule_event(world.event, actor=world.alice.user)
