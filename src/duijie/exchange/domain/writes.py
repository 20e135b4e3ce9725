"""Writes partners make with a token: the listings domain's own functions, logged per token."""

from __future__ import annotations

from django.db import transaction

from duijie.exchange.domain.tokens import record_token_write, require_acts_for
from duijie.exchange.models import ApiToken
from duijie.listings.domain import lifecycle
from duijie.listings.models import Listing


def create_listing_by_token(token: ApiToken, organisation, *, fields: dict, sectors=()) -> Listing:
    """Create a draft for the token's own organisation, in the name of the token's member."""
    require_acts_for(token, organisation)
    with transaction.atomic():
        listing = lifecycle.create_listing(
            organisation, actor=token.user, fields=fields, sectors=sectors
        )
        record_token_write(token, listing, action="listing_created")
    return listing
