"""Search and match for the platform: the engine, plus who may see what."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils import timezone

from duijie.listings.domain.queries import visible_listings
from duijie.listings.models import OFFER_KINDS, Listing
from duijie.matching.core import relevance
from duijie.matching.core.types import TRL_MAX, TRL_MIN, Filters, Hit
from duijie.matching.domain.documents import listing_doc, with_relations
from duijie.matching.domain.index import current_engine
from duijie.matching.domain.interest import declined_pairs

# A search shows at most this many results (ten pages); the count then reads "200+".
MAX_RESULTS = 200


@dataclass(frozen=True)
class Result:
    """A hit joined with its listing row, for pages and the API."""

    listing: Listing
    score: float
    hit: Hit
    band: str = ""  # relevance.STRONG or relevance.POSSIBLE


@dataclass(frozen=True)
class Outcome:
    results: list[Result]
    truncated: bool = False
    error: str = ""
    more: bool = False  # more than MAX_RESULTS listings passed the floor


def engine_filters(data: dict) -> Filters | None:
    """The engine's filters from the browse form's cleaned data (empty values: no filter)."""
    pick = {
        "sectors": frozenset([data["sector"]] if data.get("sector") else []),
        "countries": frozenset([data["country"]] if data.get("country") else []),
        "kinds": frozenset([data["kind"]] if data.get("kind") else []),
        "trl_min": data.get("trl_min") or TRL_MIN,
        "trl_max": data.get("trl_max") or TRL_MAX,
    }
    return Filters(**pick)


def _visibility(user, engine):
    """Engine holds published listings only; members-only ones need an account.

    Read from the engine's copy of each candidate (reloaded whenever a listing is saved),
    not from a query of every members-only id; `_results` checks the database again.
    """
    if user.is_authenticated:
        return None

    def public(doc_id: int) -> bool:
        doc = engine.get(doc_id)
        return doc is not None and doc.public

    return public


def _results(hits, user, *, listing_pair: bool, corpus_size: int) -> list[Result]:
    pair = {"listing_pair": listing_pair, "corpus_size": corpus_size}
    hits = [h for h in hits if relevance.relevant(h, **pair)]
    rows = with_relations(visible_listings(user).filter(pk__in=[h.id for h in hits]))
    by_id = {listing.pk: listing for listing in rows}
    # A listing unpublished since the engine last synced is dropped here, never shown.
    return [
        Result(by_id[h.id], h.score, h, relevance.band(h.score, **pair))
        for h in hits
        if h.id in by_id
    ]


def search_listings(
    query: str,
    *,
    user,
    filters: Filters | None = None,
    limit: int = MAX_RESULTS,
    explain: int | None = 20,
) -> Outcome:
    """One search box for Chinese and English: every visible listing above the floor.

    ``explain``: shared terms only for the first so many results (the pages up to the one
    shown, one page by default); a page of 20 needs no reasons for the 180 after it.
    """
    engine = current_engine()
    ranking = engine.search(
        query,
        limit=limit + 1,
        today=timezone.localdate(),
        visible=_visibility(user, engine),
        filters=filters,
        min_score=relevance.floor_for(listing_pair=False, corpus_size=len(engine)),
        explain=explain,
    )
    results = _results(ranking.hits, user, listing_pair=False, corpus_size=len(engine))
    return Outcome(results[:limit], ranking.truncated, ranking.error, len(results) > limit)


def match_listing(listing: Listing, *, viewer, limit: int = 20, filters: Filters | None = None):
    """Counterparts for a listing: offers for a need, needs an offer may answer."""
    if listing.kind in OFFER_KINDS:
        return match_offer(listing, viewer=viewer, limit=limit)
    return match_need(listing, viewer=viewer, limit=limit, filters=filters)


def _counterpart_rule(listing: Listing, viewer, engine):
    """Candidates the viewer may see, from organisations that never declined this listing."""
    declined = {org for lid, org in declined_pairs([listing.pk]) if lid == listing.pk}
    hidden = _visibility(viewer, engine)

    def allowed(doc_id: int) -> bool:
        doc = engine.get(doc_id)
        if doc is None or doc.org_id in declined:
            return False
        return hidden is None or hidden(doc_id)

    return allowed


def match_offer(offer: Listing, *, viewer, limit: int = 20) -> list[Result]:
    """Needs this offer may answer: the engine's match read from the offer's side.

    The engine scores sector overlap and TRL fit with the need on the need's side, as it
    does for need → offer (a plain text search left them at "sector 0 · TRL fit 0.5").
    """
    engine = current_engine()
    ranking = engine.match(
        listing_doc(offer),
        limit=limit,
        today=timezone.localdate(),
        visible=_counterpart_rule(offer, viewer, engine),
        prefer_cross_border=True,
        min_score=relevance.floor_for(listing_pair=True, corpus_size=len(engine)),
    )
    return _results(ranking.hits, viewer, listing_pair=True, corpus_size=len(engine))


def match_need(listing: Listing, *, viewer, limit: int = 20, filters: Filters | None = None):
    """Offers that may answer a need, best first, never declined pairs again."""
    engine = current_engine()
    ranking = engine.match(
        listing_doc(listing),
        limit=limit,
        today=timezone.localdate(),
        visible=_counterpart_rule(listing, viewer, engine),
        filters=filters,
        prefer_cross_border=True,
        min_score=relevance.floor_for(listing_pair=True, corpus_size=len(engine)),
    )
    return _results(ranking.hits, viewer, listing_pair=True, corpus_size=len(engine))
