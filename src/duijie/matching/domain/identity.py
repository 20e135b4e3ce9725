"""Whether a reader may see who published a listing: anonymous ones reveal it on a match."""

from __future__ import annotations

from duijie.common.permissions import is_platform_staff
from duijie.listings.models import Listing, Visibility
from duijie.matching.domain.interest import both_sides_accepted


def organisation_revealed(listing: Listing, user) -> bool:
    """Anonymous listings hide their organisation from all but its members, staff and a match."""
    if listing.visibility != Visibility.ANONYMOUS:
        return True
    if not user.is_authenticated:
        return False
    if is_platform_staff(user):
        return True
    if user.memberships.filter(organisation_id=listing.organisation_id).exists():
        return True
    return both_sides_accepted(listing, user)
