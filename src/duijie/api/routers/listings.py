"""Read API for listings, honouring visibility exactly as the pages do."""

import datetime

from django.shortcuts import get_object_or_404
from ninja import Query, Router, Schema
from ninja.pagination import PageNumberPagination, paginate

from duijie.api.schemas import OrganisationBrief, SectorOut
from duijie.listings.domain.browse import ListingFilters, filter_listings
from duijie.listings.domain.queries import organisation_revealed, visible_listings

router = Router()


class ListingOut(Schema):
    id: int
    kind: str
    title: str
    description: str
    content_locale: str
    sectors: list[SectorOut]
    keywords: list[str]
    trl: int | None
    ip_status: str
    partnership_types: list[str]
    target_region: str
    visibility: str
    expires_on: datetime.date
    deadline: datetime.date | None
    prize: str
    published_at: datetime.datetime | None
    organisation: OrganisationBrief | None
    is_sample: bool


class ListingQuery(Schema):
    q: str = ""
    kind: str = ""
    sector: str = ""
    country: str = ""
    trl_min: int | None = None
    trl_max: int | None = None


def listing_out(listing, user) -> dict:
    """The API form of a listing; the organisation is left out while it must stay hidden."""
    revealed = organisation_revealed(listing, user)
    fields = {name: getattr(listing, name) for name in ListingOut.model_fields}
    fields["sectors"] = list(listing.sectors.all())
    fields["organisation"] = listing.organisation if revealed else None
    return fields


@router.get("", response=list[ListingOut], summary="Published listings visible to the caller")
@paginate(PageNumberPagination, page_size=20)
def list_listings(request, filters: Query[ListingQuery]):
    queryset = visible_listings(request.user).select_related("organisation")
    queryset = filter_listings(queryset, ListingFilters(**filters.dict()))
    return [listing_out(item, request.user) for item in queryset.prefetch_related("sectors")]


@router.get("/{listing_id}", response=ListingOut, summary="One visible listing")
def get_listing(request, listing_id: int):
    listing = get_object_or_404(visible_listings(request.user), pk=listing_id)
    return listing_out(listing, request.user)
