"""Organisers of approval events hear of each registration and withdrawal, in their language."""

import pytest
from django.core import mail

from duijie.common.errors import DomainError
from duijie.events.domain import registration
from tests.events.factories import EventFactory, ParticipantFactory
from tests.factories import MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db

FIELDS = {"offer": "Cold-chain sensors", "seek": "Distributors", "content_locale": "en"}


def register(event, member):
    return registration.register_participant(
        event, actor=member.user, organisation=member.organisation, fields=FIELDS
    )


def by_recipient():
    return {message.to[0]: message for message in mail.outbox}


@pytest.fixture
def organisers():
    english = UserFactory(full_name="Olivia Ong", language="en")
    chinese = UserFactory(full_name="周组织", language="zh-hans")
    return english, chinese


def test_each_organiser_hears_of_a_registration_in_their_language(
    organisers, django_capture_on_commit_callbacks
):
    english, chinese = organisers
    event = EventFactory(organisers=[english, chinese])
    member = MembershipFactory(user=UserFactory(full_name="Alice Tan"))
    with django_capture_on_commit_callbacks(execute=True):
        participant = register(event, member)
    messages = by_recipient()
    assert set(messages) == {english.email, chinese.email}
    link = f"http://127.0.0.1:8000/events/{event.pk}/participants/?status=pending"
    en, zh = messages[english.email], messages[chinese.email]
    org_en, org_zh = participant.organisation.name_en, participant.organisation.name_zh
    assert en.subject == f"New registration for {event.name_en}: {org_en}"
    assert "Dear Olivia Ong," in en.body
    assert f"Alice Tan of {org_en} registered for {event.name_en}" in en.body
    assert "Registrations awaiting approval: 1" in en.body
    assert link in en.body
    assert zh.subject == f"{event.name_zh}收到新的报名：{org_zh}"
    assert "周组织，您好：" in zh.body
    assert f"{org_zh}的Alice Tan报名参加{event.name_zh}" in zh.body
    assert "待审核的报名：1" in zh.body
    assert link in zh.body


def test_a_withdrawal_is_announced_too(organisers, django_capture_on_commit_callbacks):
    english, chinese = organisers
    event = EventFactory(organisers=[english, chinese])
    participant = ParticipantFactory(event=event, status="approved")
    with django_capture_on_commit_callbacks(execute=True):
        registration.withdraw_participation(participant, actor=participant.user)
    messages = by_recipient()
    org_en, org_zh = participant.organisation.name_en, participant.organisation.name_zh
    assert messages[english.email].subject == (
        f"Registration withdrawn for {event.name_en}: {org_en}"
    )
    assert messages[chinese.email].subject == f"{event.name_zh}有报名撤回：{org_zh}"
    assert f"/events/{event.pk}/participants/\n" in messages[english.email].body


def test_no_notice_for_events_without_approval(organisers, django_capture_on_commit_callbacks):
    event = EventFactory(organisers=list(organisers), requires_approval=False)
    with django_capture_on_commit_callbacks(execute=True):
        participant = register(event, MembershipFactory())
        registration.withdraw_participation(participant, actor=participant.user)
    assert mail.outbox == []


def test_an_organiser_registering_themselves_is_not_told(django_capture_on_commit_callbacks):
    member = MembershipFactory()
    other = UserFactory()
    event = EventFactory(organisers=[member.user, other])
    with django_capture_on_commit_callbacks(execute=True):
        register(event, member)
    assert [message.to for message in mail.outbox] == [[other.email]]


def test_withdrawing_a_declined_registration_tells_nobody(
    organisers, django_capture_on_commit_callbacks
):
    event = EventFactory(organisers=list(organisers))
    participant = ParticipantFactory(event=event, status="declined")
    with django_capture_on_commit_callbacks(execute=True):
        registration.withdraw_participation(participant, actor=participant.user)
    assert mail.outbox == []


def test_a_refused_registration_sends_nothing(organisers, django_capture_on_commit_callbacks):
    event = EventFactory(organisers=list(organisers))
    outsider = UserFactory()
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(DomainError) as error:
        registration.register_participant(
            event, actor=outsider, organisation=MembershipFactory().organisation, fields=FIELDS
        )
    assert error.value.code == "not_member"
    assert mail.outbox == []


def test_inactive_organisers_get_no_email(organisers, django_capture_on_commit_callbacks):
    english, chinese = organisers
    chinese.is_active = False
    chinese.save()
    event = EventFactory(organisers=[english, chinese])
    with django_capture_on_commit_callbacks(execute=True):
        register(event, MembershipFactory())
    assert [message.to for message in mail.outbox] == [[english.email]]
