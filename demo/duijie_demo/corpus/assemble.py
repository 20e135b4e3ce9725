"""Assign every generated or hand-written listing to an organisation."""

from __future__ import annotations

import random

from .content import Record, Topic
from .listings import (
    EN,
    EXTRA_KINDS,
    RESEARCH_TYPES,
    ZH,
    Pools,
    Slot,
    make_extra,
    make_offer,
    make_request,
)
from .schema import DemoListing, DemoOrganisation


def _need_locale(slot: Slot) -> str:
    return ZH if (slot.si + slot.ti + slot.ai) % 2 == 0 else EN


BUYER_TYPES = {
    "gov": ("government",),
    "park": ("park_operator",),
    "service": ("service_agency",),
    "research": RESEARCH_TYPES,
}


def _offer_owner(pools: Pools, topic: Topic, country: str, slot: Slot) -> str:
    """The topic's specialist company, or a university/institute for some topics."""
    research = pools.research.get((topic.sector, country), [])
    specialist = pools.specialists.get((topic.code, country))
    if research and (specialist is None or (slot.ti % 4 == 2 and slot.ai >= 2)):
        return pools.take(research)
    return specialist or pools.take(pools.enterprises[(topic.sector, country)])


def _need_owner(pools: Pools, topic: Topic, country: str, slot: Slot) -> str:
    """Who would buy: the application's tagged buyer, else a company of the topic's sector."""
    tag = topic.buyers[slot.ai]
    if tag in BUYER_TYPES:
        return pools.take(pools.of_type(BUYER_TYPES[tag], country, topic.sector))
    sector = tag or topic.sector
    foreign = pools.foreign.get(sector, [])
    if country == "SG" and foreign and (slot.ti + slot.ai) % 4 == 0:
        return pools.take(foreign)
    specialist = pools.specialists.get((topic.code, country), "")
    return pools.take(pools.enterprises[(sector, country)], avoid=specialist)


def _extra(pools: Pools, topic: Topic, slot: Slot) -> tuple[str, str, str]:
    """(kind, locale, owner) of the topic's business or R&D listing.

    The specialist company sells or looks for partners; if no company in either country
    specialises in the topic, another company of the sector commissions R&D instead.
    """
    kind = EXTRA_KINDS[slot.ti % 3]
    first = ZH if (slot.si + slot.ti) % 2 == 0 else EN
    if kind != "rnd_request":
        for locale in (first, EN if first == ZH else ZH):
            owner = pools.specialists.get((topic.code, _country(locale)))
            if owner:
                return kind, locale, owner
        kind = "rnd_request"
    country = _country(first)
    specialist = pools.specialists.get((topic.code, country), "")
    return kind, first, pools.take(pools.enterprises[(topic.sector, country)], avoid=specialist)


def topic_listings(
    sector_index: int, topics: tuple[Topic, ...], pools: Pools, rng: random.Random
) -> list[DemoListing]:
    """Eight tech listings (four need/offer pairs across languages) plus one extra per topic."""
    out: list[DemoListing] = []
    for ti, topic in enumerate(topics):
        for ai in range(len(topic.apps)):
            slot = Slot(sector_index, ti, ai)
            need_locale = _need_locale(slot)
            offer_locale = EN if need_locale == ZH else ZH
            need_org = pools.orgs[_need_owner(pools, topic, _country(need_locale), slot)]
            offer_org = pools.orgs[_offer_owner(pools, topic, _country(offer_locale), slot)]
            out.append(make_request(topic, slot, need_locale, need_org, rng))
            out.append(make_offer(topic, slot, offer_locale, offer_org, rng))
        slot = Slot(sector_index, ti, ti % 4)
        kind, locale, owner = _extra(pools, topic, slot)
        out.append(make_extra(topic, slot, kind, locale, pools.orgs[owner], rng))
    return out


def _country(locale: str) -> str:
    return "CN" if locale == ZH else "SG"


def _expiry(deadline: int | None, rng: random.Random) -> int:
    """Challenges stay visible a few weeks after their deadline; others up to a year."""
    return deadline + rng.randint(14, 60) if deadline else rng.randint(90, 365)


def record_listings(
    records: tuple[Record, ...], orgs: dict[str, DemoOrganisation], rng: random.Random
) -> list[DemoListing]:
    """Hand-written business listings and challenges, in the owner's language."""
    out: list[DemoListing] = []
    counts: dict[tuple[str, str], int] = {}
    for rec in records:
        org = orgs[rec.org_key]
        n = counts[(rec.org_key, rec.kind)] = counts.get((rec.org_key, rec.kind), 0) + 1
        challenge = rec.kind == "challenge"
        deadline = rec.deadline if challenge else None
        if challenge or org.country == "OTHER":
            target = "ANY"
        else:
            target = "SG" if org.country == "CN" else "CN"
        out.append(
            DemoListing(
                key=f"{rec.org_key}-{rec.kind.replace('_', '-')}-{n}",
                org_key=rec.org_key,
                kind=rec.kind,
                title=rec.title,
                description=rec.description,
                content_locale=ZH if org.country == "CN" else EN,
                sectors=rec.sectors,
                keywords=rec.keywords,
                trl=None,
                ip_status="none",
                partnership_types=rec.partnerships,
                budget_min=None,
                budget_max=None,
                currency="",
                target_region=target,
                visibility="public",
                expires_in_days=_expiry(deadline, rng),
                deadline_in_days=deadline,
                prize=rec.prize,
            )
        )
    return out
