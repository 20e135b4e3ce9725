"""Answering meeting requests through the API: the receiver only, with the pages' rules."""

import datetime

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from duijie.events.models import MeetingRequest, Preference
from tests.conftest import login
from tests.events.factories import ParticipantFactory, RequestFactory
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def pending(world):
    return RequestFactory(
        sender=world.alice,
        receiver=world.bob,
        status="pending",
        expires_at=timezone.now() + datetime.timedelta(days=3),
    )


def url(world, item, action):
    return f"/api/events/{world.event.pk}/requests/{item.pk}/{action}"


def post(client, path, payload=None):
    """POST JSON, or an empty body (as `curl -X POST` sends) when there is no payload."""
    if payload is None:
        return client.generic("POST", path, b"")
    return client.post(path, payload, content_type="application/json")


def status_of(item):
    item.refresh_from_db()
    return item.status


def test_the_receiver_accepts(client, world, pending, django_capture_on_commit_callbacks):
    login(client, world.bob.user)
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, url(world, pending, "accept"), {"priority": "must"})
    assert response.status_code == 200
    data = response.json()
    assert (data["id"], data["status"], data["direction"]) == (pending.pk, "accepted", "received")
    assert data["counterpart"]["id"] == world.alice.pk
    assert status_of(pending) == "accepted"
    preference = Preference.objects.get(participant=world.bob, counterpart=world.alice)
    assert preference.level == "must"
    assert [message.to for message in mail.outbox] == [[world.alice.user.email]]


def test_accepting_needs_no_body(client, world, pending):
    login(client, world.bob.user)
    assert post(client, url(world, pending, "accept")).status_code == 200
    preference = Preference.objects.get(participant=world.bob, counterpart=world.alice)
    assert preference.level == "happy"


def test_the_receiver_declines_with_a_reason(client, world, pending):
    login(client, world.bob.user)
    response = post(client, url(world, pending, "decline"), {"reason": "Not our market"})
    assert response.status_code == 200
    assert (response.json()["status"], response.json()["decline_reason"]) == (
        "declined",
        "Not our market",
    )
    assert status_of(pending) == "declined"


def test_a_decline_without_a_reason_is_refused_with_the_message(client, world, pending):
    world.bob.user.language = "en"
    world.bob.user.save()
    login(client, world.bob.user)
    response = post(client, url(world, pending, "decline"), {"reason": "  "})
    assert response.status_code == 400
    assert response.json() == {"detail": "Please give a reason."}
    assert post(client, url(world, pending, "decline"), {}).status_code == 422
    assert status_of(pending) == "pending"


def test_the_message_is_in_the_callers_language(client, world, pending):
    login(client, world.bob.user)  # 王博 reads Chinese
    response = post(client, url(world, pending, "decline"), {"reason": ""})
    assert response.json() == {"detail": "请说明理由。"}


def test_an_answered_or_expired_request_cannot_be_accepted(client, world, pending):
    world.bob.user.language = "en"
    world.bob.user.save()
    login(client, world.bob.user)
    assert post(client, url(world, pending, "accept")).status_code == 200
    again = post(client, url(world, pending, "accept"))
    assert again.status_code == 400
    assert again.json() == {"detail": "This request can no longer be accepted."}
    stale = RequestFactory(
        sender=world.carol,
        receiver=world.bob,
        status="pending",
        expires_at=timezone.now() - datetime.timedelta(minutes=1),
    )
    assert post(client, url(world, stale, "accept")).status_code == 400
    assert status_of(stale) == "pending"


def test_the_sender_and_the_organiser_may_not_answer(client, world, pending):
    admin = UserFactory(is_superuser=True, is_staff=True)
    for user in (world.alice.user, world.organiser, admin):
        login(client, user)
        for action, payload in (("accept", None), ("decline", {"reason": "No"})):
            response = post(client, url(world, pending, action), payload)
            assert response.status_code == 403
            assert response.json() == {"detail": "You do not have permission to do this."}
    assert status_of(pending) == "pending"


def test_others_do_not_learn_the_request_exists(client, world, pending, other_event):
    outsider = ParticipantFactory(event=world.event).user
    for user in (world.carol.user, outsider, other_event[1], UserFactory()):
        login(client, user)
        assert post(client, url(world, pending, "accept")).status_code == 404
    login(client, world.bob.user)
    wrong_event = f"/api/events/{other_event[0].pk}/requests/{pending.pk}/accept"
    assert post(client, wrong_event).status_code == 404
    assert status_of(pending) == "pending"


def test_answers_need_a_session_and_its_csrf_token(world, pending):
    anonymous = Client()
    assert post(anonymous, url(world, pending, "accept")).status_code == 401
    strict = login(Client(enforce_csrf_checks=True), world.bob.user)
    assert post(strict, url(world, pending, "accept")).status_code == 403
    assert MeetingRequest.objects.get(pk=pending.pk).status == "pending"
