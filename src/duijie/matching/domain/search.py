"""Search and match for the platform: the engine, plus who may see what."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils import timezone

from duijie.listings.domain.queries import visible_listings
from duijie.listings.models import OFFER_KINDS, Listing
from duijie.matching.core.engine import doc_text
from duijie.matching.core.rules import answers
from duijie.matching.core.types import NEED_KINDS, TRL_MAX, TRL_MIN, Filters, Hit
from duijie.matching.domain.documents import listing_doc, with_relations
from duijie.matching.domain.index import current_engine
from duijie.matching.domain.interest import declined_pairs


@dataclass(frozen=True)
class Result:
    """A hit joined with its listing row, for pages and the API."""

    listing: Listing
    score: float
    hit: Hit


@dataclass(frozen=True)
class Outcome:
    results: list[Result]
    truncated: bool = False
    error: str = ""


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


def _results(hits, user) -> list[Result]:
    rows = with_relations(visible_listings(user).filter(pk__in=[h.id for h in hits]))
    by_id = {listing.pk: listing for listing in rows}
    # A listing unpublished since the engine last synced is dropped here, never shown.
    return [Result(by_id[h.id], h.score, h) for h in hits if h.id in by_id]


def search_listings(query: str, *, user, filters: Filters | None = None, limit: int = 50):
    """One search box for Chinese and English: ranked visible listings with reasons."""
    engine = current_engine()
    visible = _visibility(user, engine)
    ranking = engine.search(
        query, limit=limit, today=timezone.localdate(), visible=visible, filters=filters
    )
    return Outcome(_results(ranking.hits, user), ranking.truncated, ranking.error)


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
    """Needs this offer may answer: the same rules as need → offer, read the other way."""
    engine = current_engine()
    offer_doc = listing_doc(offer)
    visible = _counterpart_rule(offer, viewer, engine)

    def allowed(doc_id: int) -> bool:
        need = engine.get(doc_id) if visible(doc_id) else None
        return need is not None and need.org_id != offer_doc.org_id and answers(need, offer_doc)

    ranking = engine.search(
        doc_text(offer_doc),
        limit=limit,
        today=timezone.localdate(),
        visible=allowed,
        filters=Filters(kinds=frozenset(NEED_KINDS)),
    )
    return _results(ranking.hits, viewer)


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
    )
    return _results(ranking.hits, viewer)
