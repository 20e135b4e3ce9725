"""The broker pipeline: the queue of unclaimed needs, claims, reassignment, stages, reminders."""

import datetime

import pytest
from django.utils import timezone

from duijie.common.errors import DomainError, PermissionDenied
from duijie.common.models.notifications import Notification
from duijie.matching.domain import pipeline
from duijie.matching.models import BrokerAssignment
from tests.factories import ListingFactory, OrganisationFactory, SectorFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def market(db):
    sector = SectorFactory(code="green")
    cn = OrganisationFactory(country="CN")
    sg = OrganisationFactory(country="SG")
    old = ListingFactory(organisation=cn, kind="tech_request", content_locale="zh-hans")
    old.published_at = timezone.now() - datetime.timedelta(days=40)
    old.save()
    old.sectors.set([sector])
    fresh = ListingFactory(organisation=sg, kind="challenge", content_locale="en")
    ListingFactory(organisation=sg, kind="tech_offer")  # offers never queue
    return {
        "old": old,
        "fresh": fresh,
        "broker": UserFactory(is_broker=True),
        "other_broker": UserFactory(is_broker=True),
        "staff": UserFactory(is_staff=True),
    }


def queue(market, **filters):
    found = pipeline.broker_queue(actor=market["broker"], filters=pipeline.QueueFilters(**filters))
    return list(found)


def test_the_queue_holds_unclaimed_needs_and_filters_them(market):
    old, fresh = market["old"], market["fresh"]
    assert queue(market) == [old, fresh]
    assert queue(market, sector="green") == [old]
    assert queue(market, language="en") == [fresh]
    assert queue(market, country="CN") == [old]
    assert queue(market, older_than_days=30) == [old]
    pipeline.claim_case(old, actor=market["broker"])
    assert queue(market) == [fresh]


def test_only_brokers_and_staff_see_the_queue(market):
    with pytest.raises(PermissionDenied):
        pipeline.broker_queue(actor=UserFactory())
    assert list(pipeline.broker_queue(actor=market["staff"])) == [market["old"], market["fresh"]]


def test_the_second_claim_is_refused_with_the_reason(market):
    case = pipeline.claim_case(market["old"], actor=market["broker"])
    assert (case.broker, case.stage) == (market["broker"], "new")
    with pytest.raises(DomainError) as error:
        pipeline.claim_case(market["old"], actor=market["other_broker"])
    assert error.value.code == "taken"
    with pytest.raises(PermissionDenied):
        pipeline.claim_case(market["fresh"], actor=UserFactory())
    assert BrokerAssignment.objects.count() == 1


def test_staff_reassign_a_case_which_keeps_its_stage(market):
    case = pipeline.claim_case(market["old"], actor=market["broker"])
    pipeline.move_case(case, actor=market["broker"], stage="contacted", next_step="Call")
    with pytest.raises(PermissionDenied):
        pipeline.reassign_case(case, actor=market["broker"], broker=market["other_broker"])
    moved = pipeline.reassign_case(case, actor=market["staff"], broker=market["other_broker"])
    assert (moved.broker, moved.stage, moved.next_step) == (
        market["other_broker"],
        "contacted",
        "Call",
    )
    with pytest.raises(DomainError):
        pipeline.reassign_case(moved, actor=market["staff"], broker=UserFactory())


def test_stages_dates_and_closing_with_an_outcome(market):
    case = pipeline.claim_case(market["old"], actor=market["broker"])
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    pipeline.move_case(case, actor=market["broker"], stage="introduced", next_step_on=tomorrow)
    assert list(pipeline.cases_of(market["broker"])) == [case]
    with pytest.raises(PermissionDenied):
        pipeline.move_case(case, actor=market["other_broker"], stage="meeting")
    for stage, fields, code in (
        ("won", {}, "stage"),
        ("closed", {}, "outcome"),
        ("meeting", {"next_step_on": timezone.localdate() - datetime.timedelta(days=1)}, "date"),
    ):
        with pytest.raises(DomainError) as error:
            pipeline.move_case(case, actor=market["broker"], stage=stage, **fields)
        assert error.value.code == code
    pipeline.move_case(case, actor=market["broker"], stage="closed", outcome_note="Licensed")
    case.refresh_from_db()
    assert (case.stage, case.next_step_on, case.outcome_note) == ("closed", None, "Licensed")
    assert list(pipeline.cases_of(market["broker"])) == []


def test_brokers_are_reminded_once_of_steps_due(market):
    case = pipeline.claim_case(market["old"], actor=market["broker"])
    today = timezone.localdate()
    pipeline.move_case(case, actor=market["broker"], stage="contacted", next_step_on=today)
    assert pipeline.remind_due_cases(today=today - datetime.timedelta(days=1)) == 0
    assert pipeline.remind_due_cases(today=today) == 1
    assert pipeline.remind_due_cases(today=today) == 0
    notice = Notification.objects.get(recipient=market["broker"])
    assert (notice.kind, notice.url) == ("deadline_near", "/broker/")
