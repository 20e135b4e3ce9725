"""Permission rules of listings (django-rules, autodiscovered)."""

from __future__ import annotations

import rules

from duijie.common.permissions import is_platform_staff
from duijie.directory.rules import is_org_member
from duijie.listings.domain.queries import listing_visible_to
from duijie.listings.models import ListingStatus


@rules.predicate
def listing_is_visible(user, listing) -> bool:
    return listing_visible_to(listing, user)


@rules.predicate
def listing_is_editable(user, listing) -> bool:
    return listing.status not in {ListingStatus.CLOSED, ListingStatus.EXPIRED}


rules.add_perm("listings.create_listing", is_org_member)
rules.add_perm("listings.view_listing", listing_is_visible | is_org_member | is_platform_staff)
rules.add_perm("listings.change_listing", is_org_member & listing_is_editable)
rules.add_perm("listings.submit_listing", is_org_member)
rules.add_perm("listings.close_listing", is_org_member | is_platform_staff)
rules.add_perm("listings.review_listing", is_platform_staff)
