"""Outcomes with private notes, and the event report's figures on a fixed event."""

import datetime

import pytest
from django.utils import timezone, translation

from duijie.common.errors import DomainError, PermissionDenied
from duijie.events.domain.outcomes import own_outcome, record_outcome
from duijie.events.domain.report import event_report
from duijie.events.models import Meeting, MeetingOutcome
from tests.events.factories import ParticipantFactory, RequestFactory, add_session

pytestmark = pytest.mark.django_db


def past_meeting(world, one, other, attendance="planned"):
    """A meeting in a slot that has already started (the event moved to yesterday)."""
    event = world.event
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    event.starts_on = event.ends_on = yesterday
    event.save()
    if not hasattr(world, "_past_session"):
        world._past_session = add_session(event, start=(9, 0), end=(12, 0), name="昨日")
    slots = list(world._past_session.slots.all())
    used = Meeting.objects.filter(event=event).count()
    a, b = sorted((one, other), key=lambda p: p.pk)
    return Meeting.objects.create(
        event=event,
        slot=slots[used],
        table=event.tables.first(),
        a=a,
        b=b,
        attendance=attendance,
        source="scheduler",
    )


def test_each_side_records_its_own_outcome_and_the_meeting_counts_as_held(world):
    meeting = past_meeting(world, world.alice, world.bob)
    record_outcome(meeting, actor=world.alice.user, result="pilot", notes="Pilot in Q3, Alice only")
    record_outcome(meeting, actor=world.bob.user, result="follow_up", notes="王博的私人笔记")
    meeting.refresh_from_db()
    assert meeting.attendance == "held"
    assert own_outcome(meeting, world.alice).notes == "Pilot in Q3, Alice only"
    assert own_outcome(meeting, world.bob).notes == "王博的私人笔记"


def test_recording_again_updates_the_same_record(world):
    meeting = past_meeting(world, world.alice, world.bob)
    record_outcome(meeting, actor=world.alice.user, result="pilot")
    record_outcome(meeting, actor=world.alice.user, result="deal", notes="Signed")
    assert MeetingOutcome.objects.get().result == "deal"


def test_others_cannot_record_outcomes(world):
    meeting = past_meeting(world, world.alice, world.bob)
    for user in (world.carol.user, world.organiser):
        with pytest.raises(PermissionDenied):
            record_outcome(meeting, actor=user, result="deal")
    assert not MeetingOutcome.objects.exists()


def test_future_meetings_have_no_outcome_yet(world):
    a, b = sorted((world.alice, world.bob), key=lambda p: p.pk)
    meeting = Meeting.objects.create(
        event=world.event,
        slot=world.event.slots.first(),
        table=world.event.tables.first(),
        a=a,
        b=b,
        source="scheduler",
    )
    with pytest.raises(DomainError) as error:
        record_outcome(meeting, actor=world.alice.user, result="deal")
    assert error.value.code == "not_started"


def test_report_figures_are_exact(world):
    dave = ParticipantFactory(event=world.event, status="pending")
    ParticipantFactory(event=world.event, status="withdrawn")
    world.bob.organisation.country = "CN"
    world.bob.organisation.save()
    RequestFactory(sender=world.alice, receiver=world.bob, status="accepted")
    RequestFactory(sender=world.alice, receiver=world.carol, status="accepted")
    RequestFactory(sender=world.bob, receiver=world.carol, status="declined")
    RequestFactory(sender=dave, receiver=world.carol, status="expired")
    held = past_meeting(world, world.alice, world.bob)
    past_meeting(world, world.alice, world.carol, attendance="no_show")
    past_meeting(world, world.bob, world.carol)
    record_outcome(held, actor=world.alice.user, result="pilot")
    record_outcome(held, actor=world.bob.user, result="follow_up")
    world.alice.checked_in_at = timezone.now()
    world.alice.save()

    report = event_report(world.event)
    assert (report.registered, report.approved, report.checked_in) == (4, 3, 1)
    assert (report.requests, report.accepted, report.declined, report.expired) == (4, 2, 1, 1)
    assert (report.scheduled, report.held, report.no_shows) == (3, 1, 1)
    assert report.no_show_rate == 0.5
    assert report.acceptance_rate == 0.5
    assert report.outcomes == {"pilot": 1, "follow_up": 1}
    assert dict((v, n) for v, _label, n in report.outcome_rows()) == {
        "follow_up": 1,
        "nda": 0,
        "pilot": 1,
        "deal": 0,
        "no_fit": 0,
    }
    with translation.override("zh-hans"):  # labels are in the reader's language
        assert event_report(world.event).countries == {"新加坡": 2, "中国": 1}
    with translation.override("en"):
        assert event_report(world.event).countries == {"Singapore": 2, "China": 1}


def test_an_empty_event_has_no_rates(world):
    report = event_report(world.event)
    assert report.no_show_rate is None and report.acceptance_rate is None
