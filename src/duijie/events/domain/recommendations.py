"""Whom to meet: counterparts ranked by the matching engine, or by sectors and needs.

The matching engine compares listings across Chinese and English. When it is not
installed (or its API is missing) the ranking falls back to shared sectors and to
complementary listings (your offers against their needs and the reverse).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from duijie.events.domain.queries import approved_participants
from duijie.events.models import Participant, Preference, PreferenceLevel
from duijie.listings.models import Listing
from duijie.listings.models.listing import OFFER_KINDS


@dataclass
class Recommendation:
    participant: Participant
    score: float
    fallback_score: float = 0.0
    shared_sectors: list = field(default_factory=list)
    complementary: bool = False
    from_engine: bool = False


def engine_scores(listings: list[Listing], *, viewer, limit: int = 50) -> dict[int, float] | None:
    """Best matching-engine score per listing id for any of `listings`; None without engine."""
    try:
        from duijie.matching.domain.recommend import match_listing
    except (ImportError, AttributeError):
        return None
    scores: dict[int, float] = {}
    for listing in listings:
        for result in match_listing(listing, viewer=viewer, limit=limit):
            key = result.listing.pk
            scores[key] = max(scores.get(key, 0.0), float(result.score))
    return scores


def recommend_counterparts(participant: Participant, *, viewer, limit: int = 10) -> list:
    """Admitted participants of other organisations, best match first."""
    candidates = _candidates(participant)
    mine = list(participant.listings.all())
    scores = engine_scores(mine, viewer=viewer) if mine else None
    ranked = [_fallback(participant, other, mine) for other in candidates]
    if scores:
        for item in ranked:
            theirs = [scores.get(x.pk, 0.0) for x in item.participant.listings.all()]
            item.score, item.from_engine = max(theirs, default=0.0), True
    # Engine scores lead; sector and need overlap orders the rest and breaks ties.
    ranked = [item for item in ranked if item.score > 0 or item.fallback_score > 0]
    ranked.sort(key=lambda item: (-item.score, -item.fallback_score, item.participant.pk))
    return ranked[:limit]


def _candidates(participant: Participant) -> list[Participant]:
    refused = set(
        Preference.objects.filter(level=PreferenceLevel.NO, participant=participant).values_list(
            "counterpart_id", flat=True
        )
    ) | set(
        Preference.objects.filter(level=PreferenceLevel.NO, counterpart=participant).values_list(
            "participant_id", flat=True
        )
    )
    others = approved_participants(participant.event).exclude(
        organisation_id=participant.organisation_id
    )
    others = others.exclude(pk__in=refused).prefetch_related(
        "listings__sectors", "organisation__sectors"
    )
    return list(others)


def _sectors(person: Participant, listings: list[Listing]) -> set:
    sectors = set(person.organisation.sectors.all())
    for listing in listings:
        sectors |= set(listing.sectors.all())
    return sectors


def _fallback(me: Participant, other: Participant, mine: list[Listing]) -> Recommendation:
    theirs = list(other.listings.all())
    shared = _sectors(me, mine) & _sectors(other, theirs)
    complementary = _complementary(mine, theirs)
    score = len(shared) + (2.0 if complementary else 0.0)
    if score and me.organisation.country != other.organisation.country:
        score += 0.5  # the programme exists to connect Shanghai and Singapore
    shared_list = sorted(shared, key=lambda s: s.pk)
    return Recommendation(other, score, score, shared_list, complementary)


def _complementary(mine: list[Listing], theirs: list[Listing]) -> bool:
    """An offer on one side meets a need on the other in a shared sector."""
    for a in mine:
        for b in theirs:
            if (a.kind in OFFER_KINDS) != (b.kind in OFFER_KINDS) and _share_sector(a, b):
                return True
    return False


def _share_sector(a: Listing, b: Listing) -> bool:
    return bool(set(a.sectors.all()) & set(b.sectors.all()))
