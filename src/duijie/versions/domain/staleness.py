"""Marking versions stale when their original changes (they stay, labelled, until redone)."""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.db.models import Model

from duijie.versions.domain.languages import original_hash
from duijie.versions.models import ContentVersion


def refresh_staleness(obj: Model) -> int:
    """Set each version's stale flag from the original's current text; returns how many changed."""
    current = original_hash(obj)
    content_type = ContentType.objects.get_for_model(obj)
    versions = ContentVersion.objects.filter(content_type=content_type, object_id=obj.pk)
    changed = 0
    for version in versions:
        stale = version.source_hash != current
        if stale != version.is_stale:
            version.is_stale = stale
            version.save(update_fields=["is_stale", "updated_at"])
            changed += 1
    return changed


def on_listing_changed(sender, listing_id: int, **kwargs) -> None:
    """After a listing is saved, its versions written from older text become stale."""
    from duijie.listings.models import Listing

    listing = Listing.objects.filter(pk=listing_id).first()
    if listing is not None:
        refresh_staleness(listing)
