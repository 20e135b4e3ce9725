"""Factories and builders for events tests."""

from __future__ import annotations

import datetime

import factory
from django.utils import timezone

from duijie.events.domain.setup import rebuild_slots
from duijie.events.models import (
    Event,
    EventSession,
    EventTable,
    MeetingRequest,
    Participant,
    ParticipantRole,
)
from tests.factories import MembershipFactory, UserFactory

SHANGHAI = datetime.timezone(datetime.timedelta(hours=8))


def at(day: datetime.date, hour: int, minute: int = 0) -> datetime.datetime:
    return datetime.datetime(day.year, day.month, day.day, hour, minute, tzinfo=SHANGHAI)


def event_day() -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=14)


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Event
        skip_postgeneration_save = True

    kind = "matchmaking"
    name_zh = factory.Sequence(lambda n: f"沪新数字经济对接会{n}")
    name_en = factory.Sequence(lambda n: f"Shanghai–Singapore Digital Economy Matchmaking {n}")
    description_zh = "面向数字经济企业的一对一洽谈。"
    description_en = "One-to-one meetings for digital economy companies."
    venue_zh = "杨浦区长阳创谷"
    venue_en = "Changyang Campus, Yangpu"
    starts_on = factory.LazyFunction(event_day)
    ends_on = factory.LazyFunction(event_day)
    registration_opens_at = factory.LazyFunction(
        lambda: timezone.now() - datetime.timedelta(days=1)
    )
    registration_closes_at = factory.LazyFunction(
        lambda: timezone.now() + datetime.timedelta(days=7)
    )
    status = "published"
    requires_approval = True
    slot_minutes = 30
    max_meetings = 8
    max_requests = 10

    @factory.post_generation
    def organisers(obj, create, extracted, **kwargs):
        if create:
            for user in extracted or [UserFactory()]:
                obj.organisers.add(user)


def add_session(event, *, start=(9, 0), end=(11, 0), has_meetings=True, name="上午洽谈"):
    day = event.starts_on
    session = EventSession.objects.create(
        event=event,
        name_zh=name,
        name_en="Morning meetings",
        starts_at=at(day, *start),
        ends_at=at(day, *end),
        has_meetings=has_meetings,
    )
    rebuild_slots(event)
    return session


def add_tables(event, count: int):
    return [
        EventTable.objects.create(event=event, label=f"T{i + 1:02d}", position=i)
        for i in range(count)
    ]


class RoleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ParticipantRole

    event = factory.SubFactory(EventFactory)
    name_zh = "新加坡代表团"
    name_en = "Singapore delegation"


class ParticipantFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Participant

    event = factory.SubFactory(EventFactory)
    user = factory.SubFactory(UserFactory)
    organisation = factory.LazyAttribute(lambda o: MembershipFactory(user=o.user).organisation)
    status = "approved"
    offer = "AI inspection"
    seek = "Pilot customers"
    content_locale = "en"


class RequestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MeetingRequest

    event = factory.LazyAttribute(lambda o: o.sender.event)
    sender = factory.SubFactory(ParticipantFactory)
    receiver = factory.SubFactory(ParticipantFactory, event=factory.SelfAttribute("..sender.event"))
    status = "accepted"
    note = "Let us meet."
