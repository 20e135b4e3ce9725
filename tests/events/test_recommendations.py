"""Recommendations: the matching engine when present, else sectors and complementary needs."""

import sys
import types
from dataclasses import dataclass

import pytest

from duijie.events.domain import recommendations
from duijie.events.domain.recommendations import recommend_counterparts
from duijie.events.domain.requests import set_preference
from tests.events.factories import ParticipantFactory
from tests.factories import ListingFactory, SectorFactory

pytestmark = pytest.mark.django_db


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


def test_without_the_engine_complementary_needs_in_shared_sectors_come_first(profiled, monkeypatch):
    world, *_ = profiled
    monkeypatch.setitem(sys.modules, "duijie.matching.domain.recommend", None)  # ImportError
    assert recommendations.engine_scores([], viewer=world.alice.user) is None
    ranked = recommend_counterparts(world.alice, viewer=world.alice.user)
    assert [item.participant for item in ranked] == [world.bob]
    assert ranked[0].complementary and not ranked[0].from_engine


def test_an_engine_without_the_function_also_falls_back(profiled, monkeypatch):
    world, *_ = profiled
    monkeypatch.setitem(sys.modules, "duijie.matching.domain.recommend", types.ModuleType("x"))
    ranked = recommend_counterparts(world.alice, viewer=world.alice.user)
    assert [item.participant for item in ranked] == [world.bob]


@dataclass
class Result:
    listing: object
    score: float


def test_engine_scores_rank_participants_across_languages(profiled, monkeypatch):
    world, offer, need, other = profiled
    fake = types.ModuleType("duijie.matching.domain.recommend")
    fake.match_listing = lambda listing, *, viewer, limit=20: [
        Result(other, 0.9),
        Result(need, 0.4),
    ]
    monkeypatch.setitem(sys.modules, "duijie.matching.domain.recommend", fake)
    ranked = recommend_counterparts(world.alice, viewer=world.alice.user)
    assert [(item.participant, item.score) for item in ranked] == [
        (world.carol, 0.9),
        (world.bob, 0.4),
    ]
    assert all(item.from_engine for item in ranked)


def test_no_thanks_and_own_colleagues_are_never_recommended(profiled, monkeypatch):
    world, *_ = profiled
    monkeypatch.setitem(sys.modules, "duijie.matching.domain.recommend", None)
    colleague = ParticipantFactory(event=world.event, organisation=world.alice.organisation)
    colleague.listings.set(world.bob.listings.all())
    set_preference(world.bob, world.alice, actor=world.bob.user, level="no")
    assert recommend_counterparts(world.alice, viewer=world.alice.user) == []
