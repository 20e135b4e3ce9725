"""The generated listings, published, spread over recent weeks."""

from __future__ import annotations

import datetime
from dataclasses import asdict

from django.utils import timezone

from duijie.common.audit import record_event
from duijie.directory.models import Sector
from duijie.listings.models import Listing, ListingStatus
from duijie_demo.corpus import DemoListing
from duijie_demo.loaders.directory import corpus, demo_organisations

ORDER = 20


def load_demo(*, today: datetime.date) -> dict[str, int]:
    """Create or refresh every generated listing as published sample data."""
    listings = corpus().listings
    orgs = demo_organisations()
    sectors = {sector.code: sector for sector in Sector.objects.all()}
    now = timezone.now()
    count = len(listings)
    for position, item in enumerate(listings):
        fields = listing_fields(item, today)
        # Spread publication over recent weeks, interleaved, so "latest" shows a mix of kinds.
        age = datetime.timedelta(hours=(position * 37) % (count * 2))
        fields.update(
            organisation=orgs[item.org_key],
            status=ListingStatus.PUBLISHED,
            published_at=now - age,
            is_sample=True,
        )
        listing, created = Listing.objects.update_or_create(demo_key=item.key, defaults=fields)
        listing.sectors.set([sectors[code] for code in item.sectors])
        if created:
            record_event(
                listing, "listing.published", to_state=ListingStatus.PUBLISHED, reason="demo data"
            )
    return {"listings": count}


def listing_fields(item: DemoListing, today: datetime.date) -> dict:
    fields = asdict(item)
    for name in ("key", "org_key", "sectors", "expires_in_days", "deadline_in_days"):
        fields.pop(name)
    fields["keywords"] = list(item.keywords)
    fields["partnership_types"] = list(item.partnership_types)
    fields["expires_on"] = today + datetime.timedelta(days=item.expires_in_days)
    if item.deadline_in_days is not None:
        fields["deadline"] = today + datetime.timedelta(days=item.deadline_in_days)
    return fields
