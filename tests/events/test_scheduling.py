"""Scheduling from the database: instance building, solving, storing, failures."""

import pytest

from duijie.events.domain.instance import build_instance
from duijie.events.domain.scheduling import schedule_event
from duijie.events.models import Meeting, Preference
from tests.events.factories import (
    EventFactory,
    ParticipantFactory,
    RequestFactory,
    add_session,
    add_tables,
)

pytestmark = pytest.mark.django_db


def small_event(*, tables=2):
    organiser = __import__("tests.factories", fromlist=["UserFactory"]).UserFactory()
    event = EventFactory(organisers=[organiser])
    add_session(event, start=(9, 0), end=(10, 30))  # three 30-minute slots
    add_tables(event, tables)
    return event, organiser


def test_three_way_requests_get_three_meetings_in_distinct_slots():
    event, organiser = small_event()
    a, b, c = (ParticipantFactory(event=event) for _ in range(3))
    RequestFactory(sender=a, receiver=b)
    RequestFactory(sender=b, receiver=c)
    RequestFactory(sender=c, receiver=a)
    run = schedule_event(event, actor=organiser)
    assert run.status == "done", run.error
    assert run.meetings == 3
    assert run.weight == 6.0
    assert run.upper_bound == 6.0
    meetings = list(Meeting.objects.filter(event=event))
    assert len({m.slot_id for m in meetings}) == 3
