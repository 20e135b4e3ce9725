"""``build_demo()``: the complete, deterministic demo data set."""

from __future__ import annotations

import random

from . import content
from .assemble import record_listings, topic_listings
from .content import Topic, focus_topics
from .listings import Pools
from .organisations import build_organisations
from .people import build_people
from .schema import SECTORS, DemoData

SEED = 9_2025  # fixed: the demo data must be identical on every run


def all_topics() -> dict[str, tuple[Topic, ...]]:
    """Technology topics per sector code, in the order of :data:`SECTORS`."""
    return {sector.code: content.topics(sector.code) for sector in SECTORS}


def build_demo(seed: int = SEED) -> DemoData:
    """Build sectors, organisations, people and listings (pure Python, no database).

    Each part draws from its own ``random.Random`` so editing one part of the content does
    not reshuffle the others.  Dates are offsets in days from the load date.
    """
    topics = all_topics()
    organisations = build_organisations(topics, random.Random(seed + 1))
    people = build_people(organisations, random.Random(seed + 2))
    pools = Pools.from_orgs(organisations, focus_topics())
    rng = random.Random(seed + 3)
    listings = []
    for index, sector in enumerate(SECTORS):
        listings.extend(topic_listings(index, topics[sector.code], pools, rng))
    hand_written = (*content.records("business"), *content.records("challenges"))
    listings.extend(record_listings(hand_written, pools.orgs, random.Random(seed + 4)))
    return DemoData(
        sectors=SECTORS,
        organisations=organisations,
        people=people,
        listings=tuple(listings),
    )
