"""Creating events and their structure; organisers of one event cannot manage another."""

import datetime

import pytest

from duijie.common.errors import DomainError, PermissionDenied
from duijie.events.domain import events as event_domain
from duijie.events.domain import setup
from duijie.events.models import Event, Meeting
from tests.events.factories import at
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def event_fields(day):
    return {
        "kind": "matchmaking",
        "name_zh": "沪新对接会",
        "name_en": "SH–SG matchmaking",
        "description_zh": "介绍",
        "description_en": "About",
        "venue_zh": "杨浦",
        "venue_en": "Yangpu",
        "starts_on": day,
        "ends_on": day,
        "registration_opens_at": at(day, 0) - datetime.timedelta(days=10),
        "registration_closes_at": at(day, 0) - datetime.timedelta(days=1),
    }


def test_staff_create_events_and_become_organisers(staff_user):
    event = event_domain.create_event(
        actor=staff_user, fields=event_fields(datetime.date(2026, 3, 10))
    )
    assert event.status == "draft"
    assert list(event.organisers.all()) == [staff_user]


def test_ordinary_users_cannot_create_events():
    with pytest.raises(PermissionDenied):
        event_domain.create_event(actor=UserFactory(), fields=event_fields(datetime.date.today()))
    assert Event.objects.count() == 0


def test_organisers_of_one_event_cannot_manage_another(world, other_event):
    event, other_organiser = other_event
    assert other_organiser.has_perm("events.manage_event", event)
    assert not other_organiser.has_perm("events.manage_event", world.event)
    with pytest.raises(PermissionDenied):
        event_domain.update_event(world.event, actor=other_organiser, fields={"max_meetings": 1})
    with pytest.raises(PermissionDenied):
        setup.set_tables(world.event, actor=other_organiser, labels=["X"])
    world.event.refresh_from_db()
    assert world.event.max_meetings == 8


def test_co_organiser_added_by_email_can_manage(world):
    helper = UserFactory(email="helper@example.com")
    event_domain.add_organiser(world.event, actor=world.organiser, email="Helper@example.com")
    assert helper.has_perm("events.manage_event", world.event)


def test_last_organiser_cannot_be_removed(world):
    with pytest.raises(DomainError):
        event_domain.remove_organiser(world.event, actor=world.organiser, user=world.organiser)


def test_slots_skip_breaks_and_follow_slot_length(world):
    event = world.event
    day = event.starts_on
    setup.add_break(
        event,
        actor=world.organiser,
        fields={
            "name_zh": "茶歇",
            "name_en": "Tea",
            "starts_at": at(day, 9, 30),
            "ends_at": at(day, 9, 45),
        },
    )
    starts = [s.starts_at for s in event.slots.all()]
    # 09:00 fits; 09:30 hits the break; the next slot starts when the break ends.
    assert starts == [at(day, 9, 0), at(day, 9, 45)]
    event_domain.update_event(event, actor=world.organiser, fields={"slot_minutes": 15})
    assert event.slots.count() == 2 + 3  # 09:00, 09:15, then 09:45, 10:00, 10:15


def test_plenary_sessions_have_no_slots(world):
    day = world.event.starts_on
    setup.add_session(
        world.event,
        actor=world.organiser,
        fields={
            "name_zh": "开幕",
            "name_en": "Opening",
            "starts_at": at(day, 8),
            "ends_at": at(day, 9),
            "has_meetings": False,
        },
    )
    assert world.event.slots.count() == 3


def test_sessions_outside_the_event_days_are_refused(world):
    day = world.event.starts_on + datetime.timedelta(days=1)
    with pytest.raises(DomainError):
        setup.add_session(
            world.event,
            actor=world.organiser,
            fields={
                "name_zh": "次日",
                "name_en": "Next day",
                "starts_at": at(day, 9),
                "ends_at": at(day, 10),
            },
        )


def test_slots_with_meetings_cannot_disappear(world):
    slot = world.event.slots.first()
    Meeting.objects.create(
        event=world.event,
        slot=slot,
        table=world.event.tables.first(),
        a=world.alice,
        b=world.bob,
        source="organiser",
    )
    with pytest.raises(DomainError):
        setup.delete_session(slot.session, actor=world.organiser)
    assert world.event.slots.count() == 3


def test_tables_are_replaced_in_order_but_used_ones_stay(world):
    setup.set_tables(world.event, actor=world.organiser, labels=["Room A", "Room B", "Room A", " "])
    assert list(world.event.tables.values_list("label", flat=True)) == ["Room A", "Room B"]
