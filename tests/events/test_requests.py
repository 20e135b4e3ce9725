"""Meeting requests: opt-in and opt-out modes, quotas, expiry, declines, "no thanks"."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from duijie.common.errors import DomainError, PermissionDenied
from duijie.events.domain import requests as domain
from duijie.events.models import MeetingRequest, Preference
from tests.events.factories import ParticipantFactory, RequestFactory

pytestmark = pytest.mark.django_db


def test_opt_in_requests_wait_for_the_other_side(world):
    request = domain.send_request(world.alice, world.bob, actor=world.alice.user, note="Hi")
    assert request.status == "pending"
    assert request.expires_at is not None
    domain.accept_request(request, actor=world.bob.user, priority="must")
    assert MeetingRequest.objects.get(pk=request.pk).status == "accepted"
    assert Preference.objects.get(participant=world.bob, counterpart=world.alice).level == "must"


def test_opt_out_requests_stand_unless_declined(world):
    world.event.request_mode = "opt_out"
    world.event.save()
    request = domain.send_request(world.alice, world.bob, actor=world.alice.user)
    assert request.status == "accepted"
    assert request.expires_at is None
    domain.decline_request(request, actor=world.bob.user, reason="Not our market")
    request.refresh_from_db()
    assert (request.status, request.decline_reason) == ("declined", "Not our market")


def test_the_receiver_is_emailed_in_their_language(world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        domain.send_request(world.alice, world.bob, actor=world.alice.user, note="Hi")
    assert mail.outbox[0].to == [world.bob.user.email]
    assert mail.outbox[0].subject == "Alice Tan 向您发出洽谈请求"


def test_requests_are_limited_per_participant(world):
    world.event.max_requests = 1
    world.event.save()
    domain.send_request(world.alice, world.bob, actor=world.alice.user)
    with pytest.raises(DomainError) as error:
        domain.send_request(world.alice, world.carol, actor=world.alice.user)
    assert error.value.code == "request_quota"
    assert MeetingRequest.objects.count() == 1


def test_declined_requests_free_the_quota(world):
    world.event.max_requests = 1
    world.event.save()
    first = domain.send_request(world.alice, world.bob, actor=world.alice.user)
    domain.decline_request(first, actor=world.bob.user, reason="Busy")
    assert domain.requests_left(world.alice) == 1
    domain.send_request(world.alice, world.carol, actor=world.alice.user)


def test_pending_requests_expire(world):
    request = domain.send_request(world.alice, world.bob, actor=world.alice.user)
    assert domain.expire_requests(now=request.expires_at - datetime.timedelta(seconds=1)) == 0
    assert domain.expire_requests(now=request.expires_at) == 1
    request.refresh_from_db()
    assert request.status == "expired"
    with pytest.raises(DomainError):
        domain.accept_request(request, actor=world.bob.user)


def test_requests_past_their_time_cannot_be_accepted_before_the_job_runs(world):
    request = RequestFactory(
        sender=world.alice,
        receiver=world.bob,
        status="pending",
        expires_at=timezone.now() - datetime.timedelta(minutes=1),
    )
    with pytest.raises(DomainError):
        domain.accept_request(request, actor=world.bob.user)


def test_expiry_is_never_after_the_event_starts(world):
    world.event.request_expiry_days = 60
    world.event.save()
    request = domain.send_request(world.alice, world.bob, actor=world.alice.user)
    assert request.expires_at == world.event.sessions.first().starts_at


def test_no_thanks_from_either_side_blocks_new_requests(world):
    domain.set_preference(world.bob, world.alice, actor=world.bob.user, level="no")
    with pytest.raises(DomainError) as error:
        domain.send_request(world.alice, world.bob, actor=world.alice.user)
    assert error.value.code == "blocked"


def test_only_the_receiver_answers_and_only_the_sender_withdraws(world):
    request = domain.send_request(world.alice, world.bob, actor=world.alice.user)
    with pytest.raises(PermissionDenied):
        domain.accept_request(request, actor=world.alice.user)
    with pytest.raises(PermissionDenied):
        domain.accept_request(request, actor=world.carol.user)
    with pytest.raises(PermissionDenied):
        domain.withdraw_request(request, actor=world.bob.user)
    domain.withdraw_request(request, actor=world.alice.user)
    assert MeetingRequest.objects.get(pk=request.pk).status == "withdrawn"


def test_a_decline_needs_a_reason(world):
    request = domain.send_request(world.alice, world.bob, actor=world.alice.user)
    with pytest.raises(DomainError):
        domain.decline_request(request, actor=world.bob.user, reason="  ")
    assert MeetingRequest.objects.get(pk=request.pk).status == "pending"


def test_one_request_per_pair_in_either_direction(world):
    domain.send_request(world.alice, world.bob, actor=world.alice.user)
    with pytest.raises(DomainError) as error:
        domain.send_request(world.bob, world.alice, actor=world.bob.user)
    assert error.value.code == "duplicate"


def test_requests_need_admitted_participants_of_other_organisations(world):
    pending = ParticipantFactory(event=world.event, status="pending")
    with pytest.raises(DomainError):
        domain.send_request(world.alice, pending, actor=world.alice.user)
    colleague = ParticipantFactory(event=world.event, organisation=world.alice.organisation)
    with pytest.raises(DomainError) as error:
        domain.send_request(world.alice, colleague, actor=world.alice.user)
    assert error.value.code == "same_org"


def test_nobody_sends_requests_in_someone_elses_name(world):
    with pytest.raises(PermissionDenied):
        domain.send_request(world.alice, world.bob, actor=world.carol.user)
