"""API of the matching area: bilingual search and matches for a listing, with reasons."""

from django.http import Http404
from django.shortcuts import get_object_or_404
from ninja import Query, Router, Schema

from duijie.api.routers.listings import ListingOut, listing_out
from duijie.listings.models import Listing
from duijie.matching.domain.search import engine_filters, match_listing, search_listings
from duijie.matching.interfaces import labels

router = Router()


class SharedTermOut(Schema):
    term_zh: str
    term_en: str


class MatchReasonOut(Schema):
    semantic: float
    lexical: float
    sector: float
    trl_fit: float
    country_boost: float
    shared_terms: list[SharedTermOut]


class ResultOut(Schema):
    score: float
    listing: ListingOut
    reasons: MatchReasonOut


class SearchOut(Schema):
    results: list[ResultOut]
    truncated: bool
    error: str


class SearchQuery(Schema):
    q: str
    kind: str = ""
    sector: str = ""
    country: str = ""
    trl_min: int | None = None
    trl_max: int | None = None
    limit: int = 20


def result_out(result, user, counterpart=None) -> dict:
    parts = result.hit.parts
    reasons = {
        name: getattr(parts, name) for name in MatchReasonOut.model_fields if name != "shared_terms"
    }
    reasons["shared_terms"] = list(result.hit.shared_terms)
    return {
        "score": result.score,
        "band": result.band,
        "listing": listing_out(result.listing, user),
        "reasons": reasons,
        "explanation": labels.reasons(result, counterpart),
    }


@router.get("/search", response=SearchOut, summary="Search listings in Chinese or English")
def search(request, params: Query[SearchQuery]):
    data = params.dict()
    limit = max(1, min(data.pop("limit"), 50))
    outcome = search_listings(
        data["q"], user=request.user, filters=engine_filters(data), limit=limit, explain=limit
    )
    results = [result_out(result, request.user) for result in outcome.results]
    return {"results": results, "truncated": outcome.truncated, "error": outcome.error}


@router.get(
    "/listings/{listing_id}/matches",
    response=list[ResultOut],
    summary="Matches for a listing you own or follow",
)
def matches(request, listing_id: int, limit: int = 20):
    listing = get_object_or_404(Listing.objects.select_related("organisation"), pk=listing_id)
    if not request.user.has_perm("matching.view_matches", listing):
        raise Http404
    found = match_listing(listing, viewer=request.user, limit=max(1, min(limit, 50)))
    return [result_out(result, request.user, listing) for result in found]
