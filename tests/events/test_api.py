"""The events API applies the same rules as the pages."""

import pytest

from duijie.events.models import Meeting, MeetingRequest
from tests.conftest import login
from tests.events.factories import EventFactory
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_anonymous_callers_list_published_events_only(client, world):
    EventFactory(status="draft", name_en="Hidden draft")
    data = client.get("/api/events").json()
    assert data["count"] == 1
    assert data["items"][0]["name_zh"] == world.event.name_zh


def test_drafts_are_404_for_others(client):
    draft = EventFactory(status="draft")
    assert client.get(f"/api/events/{draft.pk}").status_code == 404
    login(client, draft.organisers.first())
    assert client.get(f"/api/events/{draft.pk}").status_code == 200


def test_event_detail_includes_the_programme(client, world):
    data = client.get(f"/api/events/{world.event.pk}").json()
    assert [s["name_zh"] for s in data["sessions"]] == ["上午洽谈"]


def test_my_agenda_is_for_admitted_participants(client, world):
    a, b = sorted((world.alice, world.bob), key=lambda p: p.pk)
    Meeting.objects.create(
        event=world.event,
        slot=world.event.slots.first(),
        table=world.event.tables.first(),
        a=a,
        b=b,
        source="scheduler",
    )
    login(client, UserFactory())
    assert client.get(f"/api/events/{world.event.pk}/agenda").status_code == 403
    login(client, world.alice.user)
    items = client.get(f"/api/events/{world.event.pk}/agenda").json()
    meetings = [item for item in items if item["kind"] == "meeting"]
    assert len(meetings) == 1
    assert meetings[0]["counterpart"]["full_name"] == "王博"
    assert meetings[0]["table"] == "T01"


def test_sending_a_request_through_the_api(client, world):
    login(client, world.alice.user)
    url = f"/api/events/{world.event.pk}/requests"
    response = client.post(
        url, {"receiver_id": world.bob.pk, "note": "Hello"}, content_type="application/json"
    )
    assert response.status_code == 201
    assert response.json()["status"] == "pending"
    again = client.post(url, {"receiver_id": world.bob.pk}, content_type="application/json")
    assert again.status_code == 400
    assert MeetingRequest.objects.count() == 1
    listed = client.get(url).json()
    assert [(r["direction"], r["counterpart"]["id"]) for r in listed] == [("sent", world.bob.pk)]


def test_requests_need_a_signed_in_participant(client, world):
    url = f"/api/events/{world.event.pk}/requests"
    payload = {"receiver_id": world.bob.pk}
    assert client.post(url, payload, content_type="application/json").status_code == 401
    assert not MeetingRequest.objects.exists()


def test_schedule_and_report_are_for_this_events_organisers(client, world, other_event):
    for suffix in ("schedule", "report"):
        url = f"/api/events/{world.event.pk}/{suffix}"
        login(client, other_event[1])
        assert client.get(url).status_code == 403
        login(client, world.alice.user)
        assert client.get(url).status_code == 403
        login(client, world.organiser)
        assert client.get(url).status_code == 200
    assert client.get(f"/api/events/{world.event.pk}/report").json()["approved"] == 3
