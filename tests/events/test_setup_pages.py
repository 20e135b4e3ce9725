"""The organisers' set-up forms: each POST handler saves, re-shows errors or refuses."""

import pytest
from django.contrib.messages import get_messages

from duijie.events.models import EventBreak, EventSession, Meeting, ParticipantRole
from tests.conftest import login
from tests.events.factories import RoleFactory, add_session
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def setup_url(world, suffix=""):
    return f"/events/{world.event.pk}/setup/{suffix}"


def span(world, **extra):
    day = world.event.starts_on.isoformat()
    return {"name_zh": "下午", "name_en": "Afternoon", "day": day, **extra}


def texts(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


@pytest.fixture
def organiser_client(client, world):
    world.organiser.language = "en"
    world.organiser.save()
    return login(client, world.organiser)


ADDS = [
    ("sessions/", lambda w: span(w, starts="14:00", ends="15:00", has_meetings="on")),
    ("breaks/", lambda w: span(w, starts="09:30", ends="09:45")),
    ("tables/", lambda w: {"labels": "Room 301\nRoom 302"}),
    ("roles/", lambda w: {"name_zh": "投资机构", "name_en": "Investors"}),
    ("organisers/", lambda w: {"email": UserFactory(email="co@example.com").email}),
]


@pytest.mark.parametrize(("suffix", "data"), ADDS)
def test_a_valid_form_saves_and_returns_to_the_setup_page(organiser_client, world, suffix, data):
    response = organiser_client.post(setup_url(world, suffix), data(world))
    assert response.status_code == 302
    assert response["Location"] == f"/events/{world.event.pk}/setup/"
    assert texts(response) == ["Saved."]


def test_each_add_changes_what_it_should(organiser_client, world):
    for suffix, data in ADDS:
        organiser_client.post(setup_url(world, suffix), data(world))
    event = world.event
    session = event.sessions.get(name_en="Afternoon")
    assert (session.has_meetings, event.slots.filter(session=session).count()) == (True, 2)
    assert event.breaks.get().name_en == "Afternoon"
    assert list(event.tables.values_list("label", flat=True)) == ["Room 301", "Room 302"]
    assert event.roles.get().name_en == "Investors"
    assert event.organisers.filter(email="co@example.com").exists()


INVALID = [
    ("sessions/", lambda w: span(w, starts="15:00", ends="14:00"), "session_form"),
    ("breaks/", lambda w: {"name_zh": "", "name_en": ""}, "break_form"),
    ("tables/", lambda w: {"count": -1}, "tables_form"),
    ("roles/", lambda w: {"name_zh": ""}, "role_form"),
    ("organisers/", lambda w: {"email": "not-an-email"}, "organiser_form"),
]


@pytest.mark.parametrize(("suffix", "data", "key"), INVALID)
def test_an_invalid_form_shows_the_setup_page_with_its_errors(
    organiser_client, world, suffix, data, key
):
    response = organiser_client.post(setup_url(world, suffix), data(world))
    assert response.status_code == 400
    assert response.context[key].errors
    assert response.templates[0].name == "web/events/setup.html"


def test_a_domain_refusal_is_shown_on_the_form(organiser_client, world):
    response = organiser_client.post(setup_url(world, "organisers/"), {"email": "no@example.com"})
    assert response.status_code == 400
    assert response.context["organiser_form"].non_field_errors() == [
        "No active account uses this email address."
    ]
    assert world.event.organisers.count() == 1


def test_deleting_structure(organiser_client, world):
    add_session(world.event, start=(14, 0), end=(15, 0), name="下午")
    session = world.event.sessions.get(name_zh="下午")
    pause = EventBreak.objects.create(
        event=world.event,
        name_zh="茶歇",
        name_en="Tea",
        starts_at=session.starts_at,
        ends_at=session.ends_at,
    )
    role = RoleFactory(event=world.event)
    for path in (
        f"sessions/{session.pk}/delete/",
        f"breaks/{pause.pk}/delete/",
        f"roles/{role.pk}/delete/",
    ):
        response = organiser_client.post(setup_url(world, path))
        assert response.status_code == 302
        assert response["Location"] == f"/events/{world.event.pk}/setup/"
    assert texts(response) == ["Removed."] * 3  # the redirects were not followed
    assert not EventSession.objects.filter(pk=session.pk).exists()
    assert not EventBreak.objects.exists()
    assert not ParticipantRole.objects.exists()


def test_a_session_holding_meetings_is_not_deleted(organiser_client, world):
    session = world.event.sessions.get()
    a, b = sorted((world.alice, world.bob), key=lambda p: p.pk)
    Meeting.objects.create(
        event=world.event,
        slot=world.event.slots.first(),
        table=world.event.tables.first(),
        a=a,
        b=b,
        source="scheduler",
    )
    response = organiser_client.post(setup_url(world, f"sessions/{session.pk}/delete/"))
    assert response.status_code == 302
    assert texts(response) == ["Meetings are scheduled in this time; move or clear them first."]
    assert EventSession.objects.filter(pk=session.pk).exists()


def test_objects_of_another_event_are_404(organiser_client, world, other_event):
    event = other_event[0]
    for path in (
        f"sessions/{event.sessions.get().pk}/delete/",
        f"roles/{RoleFactory(event=event).pk}/delete/",
    ):
        assert organiser_client.post(setup_url(world, path)).status_code == 404
    assert event.sessions.exists()


SUFFIXES = [suffix for suffix, _data in ADDS]


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_set_up_forms_take_posts_from_this_events_organisers_only(
    client, world, other_event, suffix
):
    for outsider in (other_event[1], world.alice.user):
        login(client, outsider)
        assert client.post(setup_url(world, suffix), {}).status_code == 403
    login(client, world.organiser)
    assert client.get(setup_url(world, suffix)).status_code == 405
    client.logout()
    assert client.post(setup_url(world, suffix), {}).status_code == 302


def test_publishing_and_cancelling_through_the_pages(client, other_event):
    from tests.events.factories import EventFactory

    organiser = UserFactory(language="en")
    event = EventFactory(status="draft", organisers=[organiser])
    login(client, other_event[1])
    assert client.post(f"/events/{event.pk}/publish/").status_code == 404  # a hidden draft
    login(client, organiser)
    assert client.get(f"/events/{event.pk}/publish/").status_code == 405
    response = client.post(f"/events/{event.pk}/publish/")
    assert (response.status_code, response["Location"]) == (302, f"/events/{event.pk}/")
    event.refresh_from_db()
    assert event.status == "published"
    login(client, other_event[1])
    refused = client.post(f"/events/{event.pk}/cancel/")
    # The branded 403 page shows pending messages like every page (one test client, one cookie).
    assert (refused.status_code, texts(refused)) == (403, ["Published."])
    login(client, organiser)
    response = client.post(f"/events/{event.pk}/cancel/")
    event.refresh_from_db()
    assert event.status == "cancelled"
    assert texts(response) == ["Cancelled."]
