"""Check-in by signed token (QR code) or name search, and no-shows."""

import pytest
from django.core import signing

from duijie.common.errors import DomainError, PermissionDenied
from duijie.events.domain import checkin
from duijie.events.models import Meeting
from tests.conftest import login

pytestmark = pytest.mark.django_db


def test_a_token_names_its_participant(world):
    token = checkin.checkin_token(world.bob)
    assert checkin.participant_from_token(token) == world.bob


@pytest.mark.parametrize(
    "make_token",
    [
        lambda p: checkin.checkin_token(p)[:-2] + "xx",  # altered signature
        lambda p: signing.dumps({"e": p.event_id, "p": p.pk}, salt="another.purpose"),
        lambda p: signing.dumps({"e": p.event_id + 99, "p": p.pk}, salt=checkin.TOKEN_SALT),
        lambda p: "not-a-token",
    ],
)
def test_forged_tokens_are_refused(world, make_token):
    with pytest.raises(DomainError) as error:
        checkin.participant_from_token(make_token(world.bob))
    assert error.value.code == "bad_token"


def test_scanning_opens_the_check_in_page_for_the_organiser(client, world):
    url = f"/events/checkin/{checkin.checkin_token(world.bob)}/"
    login(client, world.organiser)
    page = client.get(url)
    assert page.status_code == 200
    assert "王博" in page.content.decode()
    client.post(url)
    world.bob.refresh_from_db()
    assert world.bob.checked_in_at is not None
    assert world.bob.checked_in_by == world.organiser


def test_a_forged_token_url_shows_an_error(client, world):
    login(client, world.organiser)
    page = client.get("/events/checkin/forged:token/")
    assert page.status_code == 400
    client.post("/events/checkin/forged:token/")
    world.bob.refresh_from_db()
    assert world.bob.checked_in_at is None


def test_participants_and_other_organisers_cannot_check_in_by_token(client, world, other_event):
    url = f"/events/checkin/{checkin.checkin_token(world.bob)}/"
    for user in (world.bob.user, world.alice.user, other_event[1]):
        login(client, user)
        assert client.post(url).status_code == 403
    world.bob.refresh_from_db()
    assert world.bob.checked_in_at is None


def test_search_finds_by_name_and_organisation(world):
    assert list(checkin.search_participants(world.event, "王")) == [world.bob]
    org_name = world.carol.organisation.name_en
    assert list(checkin.search_participants(world.event, org_name)) == [world.carol]


def test_no_show_marks_open_meetings(world):
    a, b = sorted((world.alice, world.bob), key=lambda p: p.pk)
    meeting = Meeting.objects.create(
        event=world.event,
        slot=world.event.slots.first(),
        table=world.event.tables.first(),
        a=a,
        b=b,
        source="scheduler",
    )
    checkin.mark_no_show(world.bob, actor=world.organiser)
    meeting.refresh_from_db()
    assert meeting.attendance == "no_show"
    checkin.check_in(world.bob, actor=world.organiser)
    world.bob.refresh_from_db()
    assert world.bob.no_show is False


def test_only_organisers_check_people_in(world):
    with pytest.raises(PermissionDenied):
        checkin.check_in(world.bob, actor=world.alice.user)
