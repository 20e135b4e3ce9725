"""Which listings a user may see: one definition used by pages, API, search and matching."""

from __future__ import annotations

import datetime

from django.db.models import Q, QuerySet
from django.utils import timezone

from duijie.common.permissions import is_platform_staff
from duijie.listings.models import Listing, ListingStatus, Visibility


def today() -> datetime.date:
    return timezone.localdate()


def published_listings() -> QuerySet[Listing]:
    """Published and not yet past their expiry date."""
    return Listing.objects.filter(status=ListingStatus.PUBLISHED, expires_on__gte=today())


def visible_listings(user) -> QuerySet[Listing]:
    """Published listings the user may read; members-only ones need an account."""
    queryset = published_listings()
    if not user.is_authenticated:
        queryset = queryset.exclude(visibility=Visibility.MEMBERS)
    return queryset


def own_listings(user) -> QuerySet[Listing]:
    """Every listing (any status) of the organisations the user belongs to."""
    if not user.is_authenticated:
        return Listing.objects.none()
    return Listing.objects.filter(organisation__memberships__user=user)


def readable_listings(user) -> QuerySet[Listing]:
    """Visible published listings plus the user's own organisations' listings in any state."""
    if not user.is_authenticated:
        return visible_listings(user)
    if is_platform_staff(user):
        return Listing.objects.all()
    own = Q(organisation__memberships__user=user)
    public = Q(pk__in=visible_listings(user).values("pk"))
    return Listing.objects.filter(own | public).distinct()


def listing_visible_to(listing: Listing, user) -> bool:
    if listing.status != ListingStatus.PUBLISHED or listing.expires_on < today():
        return False
    return user.is_authenticated or listing.visibility != Visibility.MEMBERS
