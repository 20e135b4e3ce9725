"""Business rules as pure functions: who may be matched with whom.

The engine applies these to candidates after scoring; the caller decides visibility (it
passes the ids the viewer may see) and the date (``today``), so the rules stay testable.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from duijie.matching.core.types import (
    BUSINESS_OFFER,
    BUSINESS_REQUEST,
    CHALLENGE,
    OFFER_KINDS,
    RESEARCH_ORG_TYPES,
    RND_REQUEST,
    TECH_OFFER,
    TECH_REQUEST,
    Filters,
    ListingDoc,
)

# Which offer kinds answer each kind of need.
ANSWERING_KINDS: dict[str, frozenset[str]] = {
    TECH_REQUEST: frozenset({TECH_OFFER}),
    BUSINESS_REQUEST: frozenset({BUSINESS_OFFER}),
    RND_REQUEST: frozenset({TECH_OFFER}),
    CHALLENGE: frozenset({TECH_OFFER}),
}
SG_CN = frozenset({"SG", "CN"})

Visibility = Callable[[int], bool] | set[int] | frozenset[int] | None


def answers(need: ListingDoc, offer: ListingDoc) -> bool:
    """Does ``offer`` have the kind that can answer ``need``?

    An R&D request may also be answered by any offer from a university or institute.
    """
    if offer.kind in ANSWERING_KINDS.get(need.kind, frozenset()):
        return True
    is_offer = offer.kind in (TECH_OFFER, BUSINESS_OFFER)
    return need.kind == RND_REQUEST and is_offer and offer.org_type in RESEARCH_ORG_TYPES


def same_organisation(a: ListingDoc, b: ListingDoc) -> bool:
    return a.org_id is not None and a.org_id == b.org_id


def is_live(doc: ListingDoc, today: date | None) -> bool:
    """Not expired on ``today`` (a listing expiring today is still shown)."""
    return today is None or doc.expires_on is None or doc.expires_on >= today


def is_visible(doc_id: int, visible: Visibility) -> bool:
    """``visible`` is None (everything), a set of allowed ids, or a predicate on the id."""
    if visible is None:
        return True
    return visible(doc_id) if callable(visible) else doc_id in visible


def passes_filters(doc: ListingDoc, filters: Filters | None) -> bool:
    """Sector, country, kind and TRL filters; a listing without TRL passes the TRL range."""
    if filters is None:
        return True
    if filters.sectors and not filters.sectors.intersection(doc.sectors):
        return False
    if filters.countries and doc.country not in filters.countries:
        return False
    if filters.kinds and doc.kind not in filters.kinds:
        return False
    return doc.trl is None or filters.trl_min <= doc.trl <= filters.trl_max


def is_cross_border(a: ListingDoc, b: ListingDoc) -> bool:
    """A Singapore ↔ China pair, which the platform exists to encourage."""
    return {a.country, b.country} == SG_CN


def may_match(
    need: ListingDoc,
    offer: ListingDoc,
    today: date | None,
    visible: Visibility = None,
    filters: Filters | None = None,
) -> bool:
    """All hard rules for showing ``offer`` as a match for ``need``."""
    return (
        answers(need, offer)
        and not same_organisation(need, offer)
        and is_live(offer, today)
        and is_visible(offer.id, visible)
        and passes_filters(offer, filters)
    )


def may_pair(
    listing: ListingDoc,
    other: ListingDoc,
    today: date | None,
    visible: Visibility = None,
    filters: Filters | None = None,
) -> bool:
    """:func:`may_match` from either side: a need's offers, or the needs an offer answers."""
    if listing.kind not in OFFER_KINDS:
        return may_match(listing, other, today, visible, filters)
    return (
        may_match(other, listing, None)
        and is_live(other, today)
        and (is_visible(other.id, visible) and passes_filters(other, filters))
    )


def pair_fit(listing: ListingDoc, other: ListingDoc) -> tuple[float, float]:
    """(sector overlap, TRL fit) of a pair, whichever side the need is on."""
    need, offer = (other, listing) if listing.kind in OFFER_KINDS else (listing, other)
    return sector_overlap(need, offer), trl_fit(need, offer)


def may_show(doc: ListingDoc, today: date | None, visible: Visibility, filters: Filters | None):
    """The rules for a free-text search result (no need to answer)."""
    return is_live(doc, today) and is_visible(doc.id, visible) and passes_filters(doc, filters)


def sector_overlap(a: ListingDoc, b: ListingDoc) -> float:
    """Jaccard overlap of the two listings' sectors (0 when either has none)."""
    left, right = set(a.sectors), set(b.sectors)
    if not left or not right:
        return 0.0
    return len(left & right) / len(left | right)


def trl_fit(need: ListingDoc, offer: ListingDoc) -> float:
    """1 when the offer is at least as mature as the need asks, falling 1/8 per level short.

    Unknown TRL on either side is neutral (0.5) so it neither helps nor hurts much.
    """
    if need.trl is None or offer.trl is None:
        return 0.5
    shortfall = max(0, need.trl - offer.trl)
    return 1.0 - shortfall / 8
