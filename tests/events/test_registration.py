"""Registration by a signed-in user for their organisation; the organiser admits them."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from duijie.common.errors import DomainError, PermissionDenied
from duijie.events.domain import registration
from duijie.events.models import Meeting, MeetingRequest
from tests.events.factories import EventFactory, ParticipantFactory, RequestFactory, add_session
from tests.factories import ListingFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db


def fields(**extra):
    return {"offer": "Cold-chain sensors", "seek": "Distributors", "content_locale": "en", **extra}


def test_registration_waits_for_the_organisers_approval(world, django_capture_on_commit_callbacks):
    member = MembershipFactory()
    participant = registration.register_participant(
        world.event, actor=member.user, organisation=member.organisation, fields=fields()
    )
    assert participant.status == "pending"
    with django_capture_on_commit_callbacks(execute=True):
        registration.approve_participant(participant, actor=world.organiser)
    participant.refresh_from_db()
    assert participant.status == "approved"
    assert len(mail.outbox) == 1
    assert world.event.name_en in mail.outbox[0].subject


def test_decision_email_is_in_the_participants_language(world, django_capture_on_commit_callbacks):
    member = MembershipFactory(user=UserFactory(language="zh-hans"))
    participant = registration.register_participant(
        world.event, actor=member.user, organisation=member.organisation, fields=fields()
    )
    with django_capture_on_commit_callbacks(execute=True):
        registration.decline_participant(participant, actor=world.organiser)
    assert world.event.name_zh in mail.outbox[0].subject


def test_events_without_approval_admit_at_once():
    event = EventFactory(requires_approval=False)
    member = MembershipFactory()
    participant = registration.register_participant(
        event, actor=member.user, organisation=member.organisation, fields=fields()
    )
    assert participant.status == "approved"


def test_only_an_organisation_one_belongs_to_can_be_registered(world):
    outsider = UserFactory()
    other_org = MembershipFactory().organisation
    with pytest.raises(DomainError) as error:
        registration.register_participant(
            world.event, actor=outsider, organisation=other_org, fields=fields()
        )
    assert error.value.code == "not_member"


def test_registration_outside_the_window_is_refused():
    event = EventFactory(
        registration_opens_at=timezone.now() - datetime.timedelta(days=5),
        registration_closes_at=timezone.now() - datetime.timedelta(days=1),
    )
    member = MembershipFactory()
    with pytest.raises(DomainError) as error:
        registration.register_participant(
            event, actor=member.user, organisation=member.organisation, fields=fields()
        )
    assert error.value.code == "closed"


def test_linked_listings_must_be_the_organisations_own(world):
    member = MembershipFactory()
    foreign = ListingFactory()
    with pytest.raises(DomainError):
        registration.register_participant(
            world.event,
            actor=member.user,
            organisation=member.organisation,
            fields=fields(),
            listings=[foreign],
        )
    assert not world.event.participants.filter(user=member.user).exists()


def test_sessions_are_saved_as_availability(world):
    member = MembershipFactory()
    extra = add_session(world.event, start=(13, 0), end=(14, 0), name="下午")
    participant = registration.register_participant(
        world.event,
        actor=member.user,
        organisation=member.organisation,
        fields=fields(),
        sessions=[extra],
    )
    assert list(participant.sessions.all()) == [extra]


def test_organisers_of_another_event_cannot_admit(world, other_event):
    _event, stranger = other_event
    pending = ParticipantFactory(event=world.event, status="pending")
    with pytest.raises(PermissionDenied):
        registration.approve_participant(pending, actor=stranger)


def test_withdrawing_releases_requests_and_planned_meetings(world):
    request = RequestFactory(sender=world.alice, receiver=world.bob)
    Meeting.objects.create(
        event=world.event,
        slot=world.event.slots.first(),
        table=world.event.tables.first(),
        a=world.alice,
        b=world.bob,
        request=request,
        source="scheduler",
    )
    registration.withdraw_participation(world.alice, actor=world.alice.user)
    assert MeetingRequest.objects.get(pk=request.pk).status == "withdrawn"
    assert not Meeting.objects.exists()


def test_withdrawn_participants_can_register_again(world):
    registration.withdraw_participation(world.alice, actor=world.alice.user)
    again = registration.register_participant(
        world.event,
        actor=world.alice.user,
        organisation=world.alice.organisation,
        fields=fields(),
    )
    assert again.pk == world.alice.pk and again.status == "pending"
