"""Turn technology topics into matched pairs of listings in Chinese and English.

For every topic and each of its four application contexts we write one *need* and one
*offer* about the same technology in opposite languages (a Chinese tech_request from a
Yangpu company and an English tech_offer from a Singapore company, or the reverse), so the
cross-lingual matcher always has a genuinely relevant counterpart to find.  Each topic
also yields one business or R&D listing.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from . import phrasing as P
from .content import Topic
from .schema import SECTORS, DemoListing, DemoOrganisation

ZH, EN = "zh-hans", "en"
COUNTRY_OF = {ZH: "CN", EN: "SG"}
SECTOR_ZH = {s.code: s.name_zh for s in SECTORS}
EXTRA_KINDS = ("business_request", "business_offer", "rnd_request")
RESEARCH_TYPES = ("university", "institute")


@dataclass
class Pools:
    """Organisation keys grouped the way listings are assigned (all in table order)."""

    enterprises: dict[tuple[str, str], list[str]]  # (sector, country) -> enterprise keys
    research: dict[tuple[str, str], list[str]]  # (sector, country) -> universities/institutes
    by_type: dict[tuple[str, str], list[str]]  # (org type, country) -> keys
    foreign: dict[str, list[str]]  # sector -> enterprises from other countries
    orgs: dict[str, DemoOrganisation]
    specialists: dict[tuple[str, str], str]  # (topic code, country) -> enterprise key
    turns: dict[tuple[str, ...], int] = field(default_factory=dict)

    @classmethod
    def from_orgs(cls, orgs: tuple[DemoOrganisation, ...], focus: dict[str, str]) -> Pools:
        """Group ``orgs``; ``focus`` maps enterprise keys to the topic code they offer."""
        specialists = {(code, key[:2].upper()): key for key, code in focus.items()}
        pools = cls({}, {}, {}, {}, {o.key: o for o in orgs}, specialists)
        for org in orgs:
            pools.by_type.setdefault((org.org_type, org.country), []).append(org.key)
            if org.country == "OTHER":
                pools.foreign.setdefault(org.sectors[0], []).append(org.key)
            elif org.org_type == "enterprise":
                pools.enterprises.setdefault((org.sectors[0], org.country), []).append(org.key)
            elif org.org_type in RESEARCH_TYPES:
                for sector in org.sectors:
                    pools.research.setdefault((sector, org.country), []).append(org.key)
        for keys in pools.research.values():  # specialists first
            keys.sort(key=lambda k: len(pools.orgs[k].sectors))
        return pools

    def take(self, keys: list[str], avoid: str = "") -> str:
        """Round-robin over ``keys`` (deterministic: depends only on the call order)."""
        pool = tuple(keys)
        for _ in range(len(pool)):
            turn = self.turns.get(pool, 0)
            self.turns[pool] = turn + 1
            if pool[turn % len(pool)] != avoid or len(pool) == 1:
                return pool[turn % len(pool)]
        return pool[0]

    def of_type(self, org_types: tuple[str, ...], country: str, sector: str) -> list[str]:
        """Organisations of these types in ``country``, preferring those covering ``sector``."""
        keys = [k for t in org_types for k in self.by_type.get((t, country), [])]
        covering = [k for k in keys if sector in self.orgs[k].sectors]
        return covering or keys


@dataclass(frozen=True)
class Slot:
    """Where a generated listing sits: sector index, topic index and application index."""

    si: int
    ti: int
    ai: int


def _join(locale: str, sentences: list[str]) -> str:
    parts = [s for s in sentences if s]
    return "".join(parts) if locale == ZH else " ".join(parts)


def _target(rng: random.Random, country: str) -> str:
    if country == "OTHER" or rng.random() < 0.3:
        return "ANY"
    return "SG" if country == "CN" else "CN"


def _visibility(rng: random.Random, is_need: bool) -> str:
    roll = rng.random()
    if is_need and roll < 0.08:
        return "anonymous"
    # Few members-only listings: visitors without an account should see most of the market.
    return "members" if roll > 0.94 else "public"


def _budget(rng: random.Random, country: str) -> tuple[int, int, str]:
    if country == "CN":
        low = rng.choice((20, 30, 50, 80, 100, 150, 200, 300)) * 10_000
        return low, low * rng.choice((3, 4, 5, 6)) // 2, "CNY"
    low = rng.choice((30, 50, 80, 100, 150, 200)) * 1_000
    return low, low * rng.choice((3, 4, 5, 6)) // 2, "USD" if country == "OTHER" else "SGD"


def _keywords(topic: Topic, locale: str, app: str, rng: random.Random) -> tuple[str, ...]:
    words = list(topic.keywords[0 if locale == ZH else 1])
    count = rng.randint(3, len(words))
    return (*words[:count], app)


def _values(topic: Topic, locale: str, ai: int) -> dict[str, str]:
    i = 0 if locale == ZH else 1
    return {
        "tech": topic.tech[i],
        "need": topic.need[i],
        "app": topic.apps[ai][i],
        "app2": topic.apps[(ai + 1) % len(topic.apps)][i],
    }


def _offer_partnerships(org: DemoOrganisation, rng: random.Random) -> tuple[str, ...]:
    if org.org_type in RESEARCH_TYPES:
        return ("licensing", "joint_rnd")
    second = rng.choice(("licensing", "supply_distribution", "joint_rnd"))
    extra = ("investment",) if rng.random() < 0.2 else ()
    return ("tech_cooperation", second, *extra)


def _ip_for_offer(topic: Topic, rng: random.Random) -> str:
    if topic.ip == "granted_patent" and rng.random() < 0.25:
        return "pending_patent"
    if topic.ip == "software_copyright" and rng.random() < 0.15:
        return "know_how"
    return topic.ip


def _sectors(topic: Topic) -> tuple[str, ...]:
    return (topic.sector, *topic.also)


def make_offer(
    topic: Topic, slot: Slot, locale: str, org: DemoOrganisation, rng: random.Random
) -> DemoListing:
    """A tech_offer about ``topic`` for application ``slot.ai`` written in ``locale``."""
    v = _values(topic, locale, slot.ai)
    i = 0 if locale == ZH else 1
    research = org.org_type in RESEARCH_TYPES
    openings = (P.RESEARCH_OFFER_OPENING if research else P.OFFER_OPENING)[locale]
    ip = _ip_for_offer(topic, rng)
    partnerships = _offer_partnerships(org, rng)
    target = _target(rng, org.country)
    words = [P.PARTNERSHIP_WORDS[locale][p] for p in partnerships]
    closing = P.fill(
        P.OFFER_CLOSING[locale],
        region=P.PARTNER_REGION[(locale, target)],
        ptypes=P.join_words(locale, words),
    )
    description = _join(
        locale,
        [
            P.fill(openings[(slot.ti + slot.ai) % len(openings)], **v),
            topic.details[slot.ai % 3][i],
            topic.details[(slot.ai + 1) % 3][i],
            P.IP_SENTENCE[locale][ip],
            closing,
        ],
    )
    trl = max(3, min(9, topic.trl + rng.choice((-1, 0, 0, 1)) - (2 if research else 0)))
    return DemoListing(
        key=f"{topic.code}-{slot.ai}-offer",
        org_key=org.key,
        kind="tech_offer",
        title=P.pick_title(P.OFFER_TITLE[locale], slot.ai, **v),
        description=description,
        content_locale=locale,
        sectors=_sectors(topic),
        keywords=_keywords(topic, locale, v["app"], rng),
        trl=trl,
        ip_status=ip,
        partnership_types=partnerships,
        budget_min=None,
        budget_max=None,
        currency="",
        target_region=target,
        visibility=_visibility(rng, is_need=False),
        expires_in_days=rng.randint(60, 365),
        deadline_in_days=None,
        prize="",
    )


def make_request(
    topic: Topic, slot: Slot, locale: str, org: DemoOrganisation, rng: random.Random
) -> DemoListing:
    """A tech_request for ``topic`` in application ``slot.ai`` written in ``locale``."""
    v = _values(topic, locale, slot.ai)
    i = 0 if locale == ZH else 1
    target = _target(rng, org.country)
    months = str(rng.choice((3, 4, 6, 9, 12)))
    region = P.PARTNER_REGION[(locale, target)]
    budget: tuple[int | None, int | None, str] = (None, None, "")
    if rng.random() < 0.75:
        budget = _budget(rng, org.country)
        text = P.budget_text(locale, budget[0], budget[1], budget[2])
        closing = P.fill(P.REQUEST_CLOSING[locale], budget=text, months=months, region=region)
    else:
        closing = P.fill(P.REQUEST_CLOSING_NO_BUDGET[locale], months=months, region=region)
    institutional = org.org_type != "enterprise"
    openings = (P.INSTITUTION_REQUEST_OPENING if institutional else P.REQUEST_OPENING)[locale]
    description = _join(
        locale,
        [
            P.fill(openings[(slot.ti + slot.ai + slot.si) % len(openings)], **v),
            topic.reqs[0][i],
            topic.reqs[1][i],
            closing,
        ],
    )
    partnerships = (
        "tech_cooperation",
        rng.choice(("licensing", "joint_rnd", "supply_distribution")),
    )
    return DemoListing(
        key=f"{topic.code}-{slot.ai}-request",
        org_key=org.key,
        kind="tech_request",
        title=P.pick_title(P.REQUEST_TITLE[locale], slot.ai + slot.ti, **v),
        description=description,
        content_locale=locale,
        sectors=_sectors(topic),
        keywords=_keywords(topic, locale, v["app"], rng),
        trl=None if rng.random() < 0.4 else max(5, topic.trl - rng.randint(0, 1)),
        ip_status="none",
        partnership_types=partnerships,
        budget_min=budget[0],
        budget_max=budget[1],
        currency=budget[2],
        target_region=target,
        visibility=_visibility(rng, is_need=True),
        expires_in_days=rng.randint(30, 270),
        deadline_in_days=None,
        prize="",
    )


def make_extra(
    topic: Topic, slot: Slot, kind: str, locale: str, org: DemoOrganisation, rng: random.Random
) -> DemoListing:
    """A business_offer, business_request or rnd_request about ``topic``."""
    v = _values(topic, locale, slot.ai)
    i = 0 if locale == ZH else 1
    months = str(rng.choice((12, 18, 24, 36)))
    budget: tuple[int | None, int | None, str] = (None, None, "")
    if kind == "rnd_request":
        budget = _budget(rng, org.country)
    budget_text = P.budget_text(locale, *budget) if budget[2] else ""
    body = P.fill(
        P.EXTRA_BODY[(kind, locale)],
        **v,
        detail=topic.details[slot.ti % 3][i],
        req=topic.reqs[0][i],
        req2=topic.reqs[1][i],
        sector=SECTOR_ZH[topic.sector],
        months=months,
        budget=budget_text,
    )
    partnerships = {
        "business_offer": ("supply_distribution", "joint_venture"),
        "business_request": ("joint_venture", "supply_distribution", "investment"),
        "rnd_request": ("joint_rnd", "tech_cooperation"),
    }[kind]
    return DemoListing(
        key=f"{topic.code}-{kind.replace('_', '-')}",
        org_key=org.key,
        kind=kind,
        title=P.fill(P.EXTRA_TITLE[(kind, locale)], **v),
        description=body,
        content_locale=locale,
        sectors=_sectors(topic),
        keywords=_keywords(topic, locale, v["app"], rng),
        trl=rng.randint(2, 4) if kind == "rnd_request" else None,
        ip_status="none" if kind != "business_offer" else topic.ip,
        partnership_types=partnerships,
        budget_min=budget[0],
        budget_max=budget[1],
        currency=budget[2],
        target_region=_target(rng, org.country),
        visibility=_visibility(rng, is_need=kind != "business_offer"),
        expires_in_days=rng.randint(60, 365),
        deadline_in_days=None,
        prize="",
    )
