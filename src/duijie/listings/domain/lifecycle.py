"""The listing lifecycle: draft → submitted → published → closed/expired, each step logged once."""

from __future__ import annotations

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from duijie.common.audit import record_event
from duijie.common.errors import DomainError
from duijie.common.permissions import require
from duijie.listings.models import Listing, ListingStatus
from duijie.listings.signals import listing_changed

S = ListingStatus
ALLOWED = {
    (S.DRAFT, S.SUBMITTED),
    (S.RETURNED, S.SUBMITTED),
    (S.SUBMITTED, S.PUBLISHED),
    (S.SUBMITTED, S.RETURNED),
    (S.DRAFT, S.CLOSED),
    (S.RETURNED, S.CLOSED),
    (S.SUBMITTED, S.CLOSED),
    (S.PUBLISHED, S.CLOSED),
    (S.PUBLISHED, S.EXPIRED),
}


def _announce(listing_id: int) -> None:
    transaction.on_commit(lambda: listing_changed.send(sender=Listing, listing_id=listing_id))


def _transition(listing: Listing, to: str, *, actor, reason: str = "") -> Listing:
    """Move a locked row to `to`, recording the change; refuse moves the lifecycle forbids."""
    with transaction.atomic():
        locked = Listing.objects.select_for_update().get(pk=listing.pk)
        if (locked.status, to) not in ALLOWED:
            raise DomainError(
                _("A listing that is “%(current)s” cannot become “%(target)s”.")
                % {"current": S(locked.status).label, "target": S(to).label},
                code="bad_transition",
            )
        before, locked.status = locked.status, to
        if to == S.PUBLISHED:
            locked.published_at = timezone.now()
        locked.save(update_fields=["status", "published_at", "updated_at"])
        record_event(
            locked, f"listing.{to}", actor=actor, from_state=before, to_state=to, reason=reason
        )
        _announce(locked.pk)
    listing.refresh_from_db()
    return listing


def create_listing(organisation, *, actor, fields: dict, sectors=()) -> Listing:
    """Create a draft listing for `organisation`, written by `actor`."""
    require(actor, "listings.create_listing", organisation)
    with transaction.atomic():
        listing = Listing.objects.create(organisation=organisation, created_by=actor, **fields)
        listing.sectors.set(sectors)
        record_event(listing, "listing.created", actor=actor, to_state=S.DRAFT)
    return listing


def update_listing(listing: Listing, *, actor, fields: dict, sectors=None) -> Listing:
    """Change a listing's content; a published listing stays published and is re-indexed."""
    require(actor, "listings.change_listing", listing)
    with transaction.atomic():
        for name, value in fields.items():
            setattr(listing, name, value)
        listing.save()
        if sectors is not None:
            listing.sectors.set(sectors)
        record_event(listing, "listing.edited", actor=actor, fields=sorted(fields))
        _announce(listing.pk)
    return listing


def submit_listing(listing: Listing, *, actor) -> Listing:
    """Send a draft or returned listing to the staff review queue."""
    require(actor, "listings.submit_listing", listing)
    return _transition(listing, S.SUBMITTED, actor=actor)


def approve_listing(listing: Listing, *, actor) -> Listing:
    """Publish a submitted listing after staff review."""
    require(actor, "listings.review_listing", listing)
    return _transition(listing, S.PUBLISHED, actor=actor)


def return_listing(listing: Listing, *, actor, reason: str) -> Listing:
    """Send a submitted listing back to its organisation with the reviewer's reason."""
    require(actor, "listings.review_listing", listing)
    if not reason.strip():
        raise DomainError(_("Please give a reason for returning the listing."), code="reason")
    return _transition(listing, S.RETURNED, actor=actor, reason=reason.strip())


def close_listing(listing: Listing, *, actor, reason: str = "") -> Listing:
    """Take a listing off the platform for good."""
    require(actor, "listings.close_listing", listing)
    return _transition(listing, S.CLOSED, actor=actor, reason=reason)


def expire_listings(*, on: datetime.date | None = None) -> int:
    """Mark published listings past their expiry date as expired; returns how many."""
    on = on or timezone.localdate()
    count = 0
    for listing in Listing.objects.filter(status=S.PUBLISHED, expires_on__lt=on):
        _transition(listing, S.EXPIRED, actor=None, reason="expiry date passed")
        count += 1
    return count
