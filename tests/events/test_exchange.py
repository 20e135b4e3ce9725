"""Exporting an event's problem and importing a schedule solved elsewhere."""

import json

import pytest

from duijie.common.errors import DomainError, PermissionDenied
from duijie.events import core
from duijie.events.domain.exchange import export_instance, import_schedule
from duijie.events.models import Meeting
from tests.events.factories import RequestFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def requested(world):
    RequestFactory(sender=world.alice, receiver=world.bob)
    RequestFactory(sender=world.bob, receiver=world.carol)
    return world


def ids(world):
    slots = [f"s{pk}" for pk in world.event.slots.values_list("pk", flat=True)]
    return f"p{world.alice.pk}", f"p{world.bob.pk}", f"p{world.carol.pk}", slots


def test_the_export_is_a_valid_instance_with_names(requested):
    data = export_instance(requested.event, actor=requested.organiser)
    instance = core.instance_from_dict(data)  # extra fields (names) are ignored
    assert len(instance.slots) == 3 and instance.tables == ("T01", "T02")
    assert len(instance.requests) == 2
    names = {p["name"] for p in data["participants"]}
    assert names == {"Alice Tan", "王博", "陈卡罗"}
    json.dumps(data, ensure_ascii=False)


def test_exporting_is_for_organisers_only(requested, other_event):
    with pytest.raises(PermissionDenied):
        export_instance(requested.event, actor=other_event[1])


def test_a_solved_schedule_round_trips(requested):
    data = export_instance(requested.event, actor=requested.organiser)
    solved = core.solve(core.instance_from_dict(data))
    text = json.dumps(core.schedule_to_dict(solved))
    run = import_schedule(requested.event, actor=requested.organiser, text=text)
    assert (run.status, run.source, run.meetings, run.weight) == ("done", "import", 2, 4.0)
    assert run.upper_bound == solved.upper_bound
    assert Meeting.objects.filter(event=requested.event, source="import").count() == 2


def test_an_imported_schedule_explains_what_it_leaves_out(requested):
    a, b, _c, slots = ids(requested)
    text = json.dumps({"meetings": [{"a": a, "b": b, "slot": slots[0], "table": "T01"}]})
    run = import_schedule(requested.event, actor=requested.organiser, text=text)
    assert run.meetings == 1
    assert run.upper_bound is None  # the file claimed no bound
    assert (
        [u.reason for u in run.unscheduled.all()] == ["tables_full"]
        or [u.reason for u in run.unscheduled.all()] == ["lost_to_higher_weight"]
        or run.unscheduled.count() == 1
    )


@pytest.mark.parametrize(
    "meeting, message",
    [
        ({"a": "A", "b": "B", "slot": "S0", "table": "T09"}, "unknown table"),
        ({"a": "A", "b": "C", "slot": "S0", "table": "T01"}, "not an accepted request"),
        ({"a": "A", "b": "B", "slot": "s0", "table": "T01"}, "unknown slot"),
    ],
)
def test_invalid_schedules_are_refused_with_the_reason(requested, meeting, message):
    a, b, c, slots = ids(requested)
    names = {"A": a, "B": b, "C": c, "S0": slots[0]}
    item = {key: names.get(value, value) for key, value in meeting.items()}
    Meeting.objects.all().delete()
    with pytest.raises(DomainError) as error:
        import_schedule(
            requested.event, actor=requested.organiser, text=json.dumps({"meetings": [item]})
        )
    assert message in str(error.value.message)
    assert not Meeting.objects.exists()


def test_double_booking_is_refused_by_the_core_validation(requested):
    a, b, c, slots = ids(requested)
    text = json.dumps(
        {
            "meetings": [
                {"a": a, "b": b, "slot": slots[0], "table": "T01"},
                {"a": b, "b": c, "slot": slots[0], "table": "T02"},
            ]
        }
    )
    with pytest.raises(DomainError) as error:
        import_schedule(requested.event, actor=requested.organiser, text=text)
    assert "in that slot" in str(error.value.message)


def test_locked_meetings_must_be_kept_by_an_import(requested):
    a, b, c, slots = ids(requested)
    first, second = sorted((requested.alice, requested.bob), key=lambda p: p.pk)
    Meeting.objects.create(
        event=requested.event,
        slot=requested.event.slots.first(),
        table=requested.event.tables.first(),
        a=first,
        b=second,
        locked=True,
        source="organiser",
    )
    text = json.dumps({"meetings": [{"a": b, "b": c, "slot": slots[1], "table": "T01"}]})
    with pytest.raises(DomainError) as error:
        import_schedule(requested.event, actor=requested.organiser, text=text)
    assert error.value.code == "invalid_schedule"


def test_files_that_are_not_schedules_are_refused(requested):
    with pytest.raises(DomainError):
        import_schedule(requested.event, actor=requested.organiser, text='{"slots": []}')
