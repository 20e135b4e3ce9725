"""Whom to meet: counterparts ranked by the matching engine, with the reason for each pair.

The engine compares, across Chinese and English, each of my linked listings with theirs
(need ↔ offer, under the matching rules) and my profile ("what we are looking for", "what
we offer") with their linked listings. A pair is scored by its best such comparison above
the relevance floor, and keeps what made it: which listing of theirs, against which of
mine or which half of my profile, and the concepts both share. Participants the engine has
nothing on follow, ranked by shared sectors and complementary listings. "No thanks" from
either side and pairs with a meeting request already are never recommended.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Q
from django.utils import timezone

from duijie.events.domain.queries import approved_participants, requests_of
from duijie.events.models import Participant, Preference, PreferenceLevel
from duijie.listings.domain.queries import visible_listings
from duijie.listings.models import Listing, Visibility
from duijie.listings.models.listing import OFFER_KINDS
from duijie.matching.core import relevance
from duijie.matching.core.types import NEED_KINDS, Filters, Hit
from duijie.matching.core.types import OFFER_KINDS as ENGINE_OFFERS
from duijie.matching.domain.documents import listing_doc
from duijie.matching.domain.index import current_engine

SEEK = "seek"
OFFER = "offer"
LISTING = "listing"


@dataclass
class Recommendation:
    participant: Participant
    score: float
    fallback_score: float = 0.0
    shared_sectors: list = field(default_factory=list)
    complementary: bool = False
    from_engine: bool = False
    via: str = ""  # LISTING (mine against theirs), SEEK or OFFER (my profile against theirs)
    their_listing: Listing | None = None
    my_listing: Listing | None = None
    shared_terms: tuple = ()


@dataclass
class _Best:
    score: float
    via: str
    theirs: int
    mine: Listing | None
    hit: Hit


def recommend_counterparts(participant: Participant, *, viewer, limit: int = 10) -> list:
    """Admitted participants of other organisations, best match first, each with its reason."""
    candidates = _candidates(participant)
    mine = list(participant.listings.all())
    ranked = [_fallback(participant, other, mine) for other in candidates]
    owner = _listing_owners(candidates, viewer)
    best = _engine_best(participant, mine, owner) if owner else {}
    rows = Listing.objects.in_bulk([b.theirs for b in best.values()])
    for item in ranked:
        found = best.get(item.participant.pk)
        if found is not None:
            item.score, item.from_engine, item.via = found.score, True, found.via
            item.their_listing, item.my_listing = rows.get(found.theirs), found.mine
            item.shared_terms = found.hit.shared_terms
    # Engine scores lead; sector and need overlap orders the rest and breaks ties.
    ranked = [item for item in ranked if item.from_engine or item.fallback_score > 0]
    ranked.sort(key=lambda item: (-item.score, -item.fallback_score, item.participant.pk))
    return ranked[:limit]


def _candidates(participant: Participant) -> list[Participant]:
    """Other organisations' admitted participants, minus "no thanks" and requested pairs."""
    refused = Preference.objects.filter(level=PreferenceLevel.NO).filter(
        Q(participant=participant) | Q(counterpart=participant)
    )
    excluded = {
        pk for pair in refused.values_list("participant_id", "counterpart_id") for pk in pair
    }
    asked = requests_of(participant).values_list("sender_id", "receiver_id")
    excluded |= {pk for pair in asked for pk in pair}
    others = approved_participants(participant.event).exclude(
        organisation_id=participant.organisation_id
    )
    others = others.exclude(pk__in=excluded).prefetch_related(
        "listings__sectors", "organisation__sectors"
    )
    return list(others)


def _listing_owners(candidates: list[Participant], viewer) -> dict[int, int]:
    """Listing id → participant id, for linked listings the viewer may see by name."""
    linked = {listing.pk: person.pk for person in candidates for listing in person.listings.all()}
    shown = visible_listings(viewer).filter(pk__in=linked).exclude(visibility=Visibility.ANONYMOUS)
    return {pk: linked[pk] for pk in shown.values_list("pk", flat=True)}


def _engine_best(me: Participant, mine: list[Listing], owner: dict[int, int]) -> dict:
    """Each candidate's best comparison above the relevance floor."""
    engine = current_engine()
    size, today, visible = len(engine), timezone.localdate(), set(owner)
    scope = {"limit": len(visible), "today": today, "visible": visible}
    found: list[tuple[str, Listing | None, tuple[Hit, ...], bool]] = []
    for listing in mine:
        floor = relevance.floor_for(listing_pair=True, corpus_size=size)
        ranking = engine.match(listing_doc(listing), min_score=floor, **scope)
        found.append((LISTING, listing, ranking.hits, True))
    for text, via, kinds in ((me.seek, SEEK, ENGINE_OFFERS), (me.offer, OFFER, NEED_KINDS)):
        if text.strip():
            floor = relevance.floor_for(listing_pair=False, corpus_size=size)
            only = Filters(kinds=frozenset(kinds))
            ranking = engine.search(text, filters=only, min_score=floor, **scope)
            found.append((via, None, ranking.hits, False))
    best: dict[int, _Best] = {}
    for via, my_listing, hits, pair in found:
        for hit in hits:
            person = owner.get(hit.id)
            if not relevance.relevant(hit, listing_pair=pair, corpus_size=size):
                continue
            if person not in best or hit.score > best[person].score:
                best[person] = _Best(hit.score, via, hit.id, my_listing, hit)
    return best


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
    return Recommendation(other, 0.0, score, shared_list, complementary)


def _complementary(mine: list[Listing], theirs: list[Listing]) -> bool:
    """An offer on one side meets a need on the other in a shared sector."""
    for a in mine:
        for b in theirs:
            if (a.kind in OFFER_KINDS) != (b.kind in OFFER_KINDS) and _share_sector(a, b):
                return True
    return False


def _share_sector(a: Listing, b: Listing) -> bool:
    return bool(set(a.sectors.all()) & set(b.sectors.all()))
