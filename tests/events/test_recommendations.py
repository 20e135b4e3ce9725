"""Recommendations: the matching engine over profiles and linked listings, with reasons."""

import pytest
from django.utils import translation

from duijie.events.domain.recommendations import LISTING, recommend_counterparts
from duijie.events.domain.requests import set_preference
from duijie.events.interfaces.recommendations import reason_text
from duijie.matching.domain.index import reset_engine, store_vectors
from tests.events.factories import ParticipantFactory, RequestFactory
from tests.factories import ListingFactory, SectorFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_engine():
    reset_engine()
    yield
    reset_engine()


@pytest.fixture
def profiled(world):
    ai, health = SectorFactory(code="digital_ai"), SectorFactory(code="healthcare")
    offer = ListingFactory(organisation=world.alice.organisation, kind="tech_offer")
    offer.sectors.set([ai])
    need = ListingFactory(organisation=world.bob.organisation, kind="tech_request")
    need.sectors.set([ai])
    other = ListingFactory(organisation=world.carol.organisation, kind="tech_offer")
    other.sectors.set([health])
    world.alice.listings.set([offer])
    world.bob.listings.set([need])
    world.carol.listings.set([other])
    return world, offer, need, other


def test_without_engine_evidence_complementary_needs_in_shared_sectors_come_first(profiled):
    world, *_ = profiled  # no stored vectors: the engine knows none of these listings
    ranked = recommend_counterparts(world.alice, viewer=world.alice.user)
    assert [item.participant for item in ranked] == [world.bob]
    assert ranked[0].complementary and not ranked[0].from_engine
    with translation.override("en"):
        assert reason_text(ranked[0]) == "Their needs meet your offers (or the reverse)"


def test_no_thanks_and_own_colleagues_are_never_recommended(profiled):
    world, *_ = profiled
    colleague = ParticipantFactory(event=world.event, organisation=world.alice.organisation)
    colleague.listings.set(world.bob.listings.all())
    set_preference(world.bob, world.alice, actor=world.bob.user, level="no")
    assert recommend_counterparts(world.alice, viewer=world.alice.user) == []


def _linked(participant, **fields):
    listing = ListingFactory(organisation=participant.organisation, **fields)
    participant.listings.set([listing])
    return listing


@pytest.fixture
def fair(world):
    """A Singapore need for PCB inspection; a vision partner, a lab park and a law firm."""
    world.alice.seek = "AI visual inspection that finds solder defects on circuit boards"
    world.alice.save()
    need = _linked(
        world.alice,
        kind="tech_request",
        title="Automated visual defect inspection for PCB assembly lines",
        description="We need deep-learning inspection of solder joints and missing parts.",
    )
    vision = _linked(
        world.bob,
        kind="tech_offer",
        content_locale="zh-hans",
        title="印刷电路板深度学习视觉缺陷检测系统",
        description="自动光学检测焊点虚焊、元件缺失与偏移，适用于PCB组装产线。",
    )
    park = _linked(
        world.carol,
        kind="business_offer",
        content_locale="zh-hans",
        title="杨浦科技园实验室与办公空间出租",
        description="提供带通风系统的实验室、共享会议室和办公空间，可按月租赁。",
    )
    lawyer = ParticipantFactory(event=world.event, offer="Legal services", seek="Clients")
    legal = _linked(
        lawyer,
        kind="business_offer",
        title="Cross-border legal and IP agency services",
        description="Company registration, contracts and trademark filings in Singapore.",
    )
    store_vectors([need, vision, park, legal])
    return world, lawyer


def test_the_obvious_partner_ranks_first_with_a_specific_reason(fair):
    world, lawyer = fair
    ranked = recommend_counterparts(world.alice, viewer=world.alice.user)
    top = ranked[0]
    assert top.participant == world.bob and top.from_engine and top.via == LISTING
    assert all(not item.from_engine for item in ranked[1:])  # nothing the engine can defend
    with translation.override("en"):
        reason = reason_text(top)
    assert reason.startswith("Their “印刷电路板深度学习视觉缺陷检测系统” matches your “Automated")
    assert "Both are about" in reason and "pcb" in reason
    with translation.override("zh-hans"):
        assert "双方都涉及" in reason_text(top) and "缺陷" in reason_text(top)


def test_no_thanks_and_requested_pairs_leave_the_ranking(fair):
    world, lawyer = fair
    set_preference(world.alice, world.bob, actor=world.alice.user, level="no")
    RequestFactory(sender=lawyer, receiver=world.alice, status="pending")
    ranked = recommend_counterparts(world.alice, viewer=world.alice.user)
    shown = {item.participant for item in ranked}
    assert world.bob not in shown and lawyer not in shown
