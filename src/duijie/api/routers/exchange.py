"""The partner API: public listings as exchange records, the change feed, writes by token."""

from __future__ import annotations

import datetime

from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError
from ninja.pagination import paginate
from ninja.responses import Status
from ninja.security import django_auth

from duijie.api.access import require
from duijie.api.pagination import PageNumberPagination
from duijie.api.routers.listings_input import (
    NEW_LISTING_ALIASES,
    ListingIn,
    NewListingInput,
    from_json,
    listing_values,
)
from duijie.api.token_auth import TokenAuth, token_of
from duijie.api.writes import ErrorsOut, bind, body_schema, json_object
from duijie.exchange.domain import feed
from duijie.exchange.domain.records import listing_record, with_record_relations
from duijie.exchange.domain.writes import create_listing_by_token
from duijie.exchange.models import Scope
from duijie.listings.models import Listing

router = Router()
feed_router = Router()


class FeedEntryOut(Schema):
    cursor: str
    listing_id: int
    action: str
    record: dict
    at: datetime.datetime


class FeedOut(Schema):
    entries: list[FeedEntryOut]
    next: str = Field(description="Pass as `since` to get the entries after these")
    has_more: bool


class FeedQuery(Schema):
    since: str = Field("", max_length=20, description="The `next` of the previous page")
    limit: int = Field(feed.PAGE_SIZE, ge=1, le=500)


class CreatedOut(Schema):
    id: int
    status: str


def _cursor(since: str) -> int:
    if since == "":
        return 0
    if not since.isdigit() or len(since) > 18:
        raise HttpError(400, _("This feed cursor is not one Duijie gave out."))
    return int(since)


@feed_router.get(
    "/listings",
    response=FeedOut,
    auth=[TokenAuth(Scope.FEED_READ), django_auth],
    summary="Public listings created, changed or withdrawn after a cursor, oldest first",
)
def listing_feed(request, query: Query[FeedQuery]):
    if token_of(request) is None:
        require(request, "exchange.view_feed")
    limit = query.limit
    entries, cursor = feed.feed_page(_cursor(query.since), limit=limit + 1)
    has_more = len(entries) > limit
    entries = entries[:limit]
    if entries:
        cursor = entries[-1].pk
    return {
        "entries": [
            {
                "cursor": str(entry.pk),
                "listing_id": entry.listing_id,
                "action": entry.action,
                "record": entry.record,
                "at": entry.created_at,
            }
            for entry in entries
        ],
        "next": str(cursor),
        "has_more": has_more,
    }


@router.get(
    "/listings",
    response=list[dict],
    auth=[TokenAuth(Scope.LISTINGS_READ), django_auth],
    summary="Public listings as exchange records (docs/exchange.md)",
)
@paginate(PageNumberPagination, page_size=50)
def exchange_listings(request):
    queryset = with_record_relations(feed.public_listings()).order_by("id")
    return [listing_record(listing) for listing in queryset]


@router.post(
    "/listings",
    response={201: CreatedOut, 422: ErrorsOut},
    auth=TokenAuth(Scope.LISTINGS_WRITE),
    openapi_extra=body_schema(ListingIn),
    summary="Create a draft listing for the token's organisation",
)
def create_listing(request):
    base = listing_values(Listing(content_locale=request.LANGUAGE_CODE))
    payload = from_json(json_object(request))
    form = bind(NewListingInput, payload, base=base, aliases=NEW_LISTING_ALIASES)
    fields = form.domain_fields()
    organisation = fields.pop("organisation")
    listing = create_listing_by_token(
        token_of(request), organisation, fields=fields, sectors=form.cleaned_data["sectors"]
    )
    return Status(201, {"id": listing.pk, "status": listing.status})
