"""API for listings: the published ones anyone may read, and the caller's own, which they write.

Reads honour visibility exactly as the pages do. Writes use session auth with its CSRF check,
the page's form for validation (422, messages in the caller's language) and the lifecycle's
domain functions; a listing the caller may not see is 404, one they may see but not change 403.
"""

import datetime

from django.shortcuts import get_object_or_404
from ninja import Query, Router, Schema
from ninja.pagination import paginate
from ninja.responses import Status
from ninja.security import django_auth

from duijie.api.access import require
from duijie.api.pagination import PageNumberPagination
from duijie.api.routers.listings_input import (
    NEW_LISTING_ALIASES,
    ListingIn,
    ListingInput,
    ListingPatchIn,
    NewListingInput,
    ReturnIn,
    from_json,
    listing_values,
)
from duijie.api.routers.versions import KeyTermOut, OriginalOut, VersionOut, localized_fields
from duijie.api.schemas import OrganisationBrief, SectorOut
from duijie.api.writes import ErrorsOut, bind, body_schema, json_object
from duijie.common.audit import state_histories, state_history
from duijie.listings.domain import lifecycle
from duijie.listings.domain.browse import ListingFilters, filter_listings
from duijie.listings.domain.queries import (
    own_listings,
    readable_listings,
    visible_listings,
)
from duijie.listings.interfaces.forms import ReturnListingForm
from duijie.listings.models import Listing
from duijie.matching.domain.identity import organisation_revealed

router = Router()


class ListingOut(Schema):
    """Title, summary and description in the caller's language when a current version exists."""

    id: int
    kind: str
    title: str
    summary: str
    description: str
    content_locale: str
    shown_locale: str
    original: OriginalOut
    version: VersionOut | None
    key_terms: list[KeyTermOut]
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


class StatusChangeOut(Schema):
    from_status: str
    to_status: str
    reason: str
    created_at: datetime.datetime


class OwnListingOut(ListingOut):
    """A listing as its organisation (or platform staff) sees it: any state, with history."""

    status: str
    budget_min: int | None
    budget_max: int | None
    currency: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    history: list[StatusChangeOut]


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
    fields = {name: getattr(listing, name, None) for name in ListingOut.model_fields}
    fields.update(localized_fields(listing))
    fields["sectors"] = list(listing.sectors.all())
    fields["organisation"] = listing.organisation if revealed else None
    return fields


def own_listing_out(listing: Listing, history: list | None = None) -> dict:
    fields = {name: getattr(listing, name, None) for name in OwnListingOut.model_fields}
    fields.update(localized_fields(listing))
    fields["sectors"] = list(listing.sectors.all())
    entries = state_history(listing) if history is None else history
    fields["history"] = [
        {
            "from_status": entry.from_state,
            "to_status": entry.to_state,
            "reason": entry.reason,
            "created_at": entry.created_at,
        }
        for entry in entries
    ]
    return fields


def _readable(request, listing_id: int) -> Listing:
    """A listing the caller may read (theirs in any state, or published), else 404."""
    queryset = readable_listings(request.user).select_related("organisation")
    return get_object_or_404(queryset, pk=listing_id)


@router.get("", response=list[ListingOut], summary="Published listings visible to the caller")
@paginate(PageNumberPagination, page_size=20)
def list_listings(request, filters: Query[ListingQuery]):
    queryset = visible_listings(request.user).select_related("organisation")
    queryset = filter_listings(queryset, ListingFilters(**filters.dict()))
    queryset = queryset.prefetch_related("sectors", "versions__translator")
    return [listing_out(item, request.user) for item in queryset]


@router.get(
    "/mine",
    response=list[OwnListingOut],
    auth=django_auth,
    summary="The caller's organisations' listings, in every state",
)
@paginate(PageNumberPagination, page_size=20)
def my_listings(request, status: str = ""):
    queryset = own_listings(request.user).select_related("organisation")
    if status:
        queryset = queryset.filter(status=status)
    queryset = queryset.prefetch_related("sectors", "versions__translator")
    items = list(queryset.order_by("-updated_at", "-id"))
    histories = state_histories(Listing, [item.pk for item in items])
    return [own_listing_out(item, histories.get(str(item.pk), [])) for item in items]


@router.get("/{listing_id}", response=ListingOut, summary="One visible listing")
def get_listing(request, listing_id: int):
    listing = get_object_or_404(visible_listings(request.user), pk=listing_id)
    return listing_out(listing, request.user)


@router.post(
    "",
    response={201: OwnListingOut, 422: ErrorsOut},
    auth=django_auth,
    openapi_extra=body_schema(ListingIn),
    summary="Create a draft for one of the caller's organisations",
)
def create_listing(request):
    base = listing_values(Listing(content_locale=request.LANGUAGE_CODE))
    payload = from_json(json_object(request))
    form = bind(NewListingInput, payload, base=base, aliases=NEW_LISTING_ALIASES)
    fields = form.domain_fields()
    organisation = fields.pop("organisation")
    listing = lifecycle.create_listing(
        organisation,
        actor=request.user,
        fields=fields,
        sectors=form.cleaned_data["sectors"],
    )
    return Status(201, own_listing_out(listing))


@router.patch(
    "/{listing_id}",
    response={200: OwnListingOut, 422: ErrorsOut},
    auth=django_auth,
    openapi_extra=body_schema(ListingPatchIn),
    summary="Change some fields of a listing (the page's rules apply to the result)",
)
def edit_listing(request, listing_id: int):
    listing = _readable(request, listing_id)
    require(request, "listings.change_listing", listing)
    base = listing_values(listing)
    form = bind(ListingInput, from_json(json_object(request)), base=base, instance=listing)
    lifecycle.update_listing(
        listing,
        actor=request.user,
        fields=form.domain_fields(),
        sectors=form.cleaned_data["sectors"],
    )
    return own_listing_out(listing)


@router.post(
    "/{listing_id}/submit",
    response=OwnListingOut,
    auth=django_auth,
    summary="Send a draft or returned listing for review",
)
def submit_listing(request, listing_id: int):
    listing = _readable(request, listing_id)
    return own_listing_out(lifecycle.submit_listing(listing, actor=request.user))


@router.post(
    "/{listing_id}/close", response=OwnListingOut, auth=django_auth, summary="Close a listing"
)
def close_listing(request, listing_id: int):
    listing = _readable(request, listing_id)
    return own_listing_out(lifecycle.close_listing(listing, actor=request.user))


@router.post(
    "/{listing_id}/approve",
    response=OwnListingOut,
    auth=django_auth,
    summary="Publish a submitted listing (platform staff)",
)
def approve_listing(request, listing_id: int):
    listing = _readable(request, listing_id)
    return own_listing_out(lifecycle.approve_listing(listing, actor=request.user))


@router.post(
    "/{listing_id}/return",
    response={200: OwnListingOut, 422: ErrorsOut},
    auth=django_auth,
    openapi_extra=body_schema(ReturnIn),
    summary="Return a submitted listing with a reason (platform staff)",
)
def return_listing(request, listing_id: int):
    listing = _readable(request, listing_id)
    require(request, "listings.review_listing", listing)
    form = bind(ReturnListingForm, json_object(request))
    reason = form.cleaned_data["reason"]
    lifecycle.return_listing(listing, actor=request.user, reason=reason)
    return own_listing_out(listing)
