"""The demo 对接会 loads from the sample organisations, idempotently, with a schedule."""

import datetime

import pytest

from duijie.events.models import Event, Meeting, MeetingRequest, Participant, ScheduleRun
from duijie_demo.loaders.events import DEMO_KEY, load_demo
from tests.factories import MembershipFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def sample_organisations(db):
    UserFactory(email="staff@duijie.example", is_staff=True)
    for index in range(4):
        for country in ("SG", "CN"):
            org = OrganisationFactory(
                is_sample=True, country=country, demo_key=f"{country.lower()}-demo-{index}"
            )
            MembershipFactory(organisation=org, role="admin")


def test_the_demo_event_is_created_once_with_a_schedule(sample_organisations):
    today = datetime.date(2026, 3, 1)
    first = load_demo(today=today)
    second = load_demo(today=today)
    assert first == second
    assert first["participants"] == 8 and first["requests"] == 12
    event = Event.objects.get(demo_key=DEMO_KEY)
    assert event.name_zh == "沪新数字经济对接会"
    assert event.starts_on == datetime.date(2026, 3, 22)
    assert Event.objects.count() == 1
    assert Participant.objects.count() == 8
    assert MeetingRequest.objects.count() == 12
    assert Meeting.objects.count() == first["meetings"] > 0
    assert ScheduleRun.objects.get().status == "done"
    assert event.organisers.filter(email="staff@duijie.example").exists()


def test_the_demo_alternates_singapore_and_shanghai(sample_organisations):
    load_demo(today=datetime.date(2026, 3, 1))
    countries = [p.organisation.country for p in Participant.objects.order_by("pk")]
    assert countries == ["SG", "CN"] * 4
