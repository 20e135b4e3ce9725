"""The change feed: an append-only log of public listings appearing, changing and withdrawn.

Entries are appended after the listing's change commits, under a lock on the one FeedHead
row, so an entry with a higher id always commits after every entry with a lower id: a reader
paging by id never skips an entry that commits later (gap-free). A change that leaves the
public record as it was appends nothing, so a mirror sees each change exactly once.
"""

from __future__ import annotations

from django.db import transaction

from duijie.exchange.domain.records import listing_record, with_record_relations
from duijie.exchange.domain.webhooks import queue_event
from duijie.exchange.models import FeedAction, FeedEntry, FeedHead, WebhookEvent
from duijie.listings.domain.queries import published_listings
from duijie.listings.models import Visibility

PAGE_SIZE = 100


def public_listings():
    """What partners may mirror: published, unexpired listings visible to everybody."""
    return published_listings().filter(visibility=Visibility.PUBLIC)


def _public_record(listing_id: int) -> dict | None:
    listing = with_record_relations(public_listings()).filter(pk=listing_id).first()
    return listing_record(listing) if listing else None


def append_change(listing_id: int) -> FeedEntry | None:
    """Append what changed about a listing for partners, or nothing if they saw no change."""
    with transaction.atomic():
        head, _ = FeedHead.objects.select_for_update().get_or_create(pk=1)
        last = FeedEntry.objects.filter(listing_id=listing_id).order_by("-id").first()
        was_public = last is not None and last.action != FeedAction.WITHDRAWN
        record = _public_record(listing_id)
        if record is None:
            if not was_public:
                return None
            action, record = FeedAction.WITHDRAWN, {}
        elif was_public:
            if _same(last.record, record):
                return None
            action = FeedAction.CHANGED
        else:
            action = FeedAction.CREATED
        entry = FeedEntry.objects.create(listing_id=listing_id, action=action, record=record)
        head.appended = entry.pk
        head.save(update_fields=["appended"])
        _announce(entry)
    return entry


WEBHOOK_OF = {
    FeedAction.CREATED: WebhookEvent.LISTING_PUBLISHED,
    FeedAction.WITHDRAWN: WebhookEvent.LISTING_WITHDRAWN,
}


def _announce(entry: FeedEntry) -> None:
    """Partners subscribed to the entry's event hear about it by webhook."""
    event = WEBHOOK_OF.get(entry.action)
    if event:
        payload = {"cursor": str(entry.pk), "listing_id": entry.listing_id, "record": entry.record}
        queue_event(event, payload)


def _same(before: dict, after: dict) -> bool:
    # The update time moves on every save; only a change of content counts.
    strip = {"updated_at"}
    return {k: v for k, v in before.items() if k not in strip} == {
        k: v for k, v in after.items() if k not in strip
    }


def on_listing_changed(sender, listing_id: int, **kwargs) -> None:
    """Receiver of `listings.signals.listing_changed` (sent after commit)."""
    append_change(listing_id)


def feed_page(since: int, *, limit: int = PAGE_SIZE) -> tuple[list[FeedEntry], int]:
    """Entries after cursor `since`, oldest first, and the cursor to ask with next."""
    entries = list(FeedEntry.objects.filter(pk__gt=since).order_by("pk")[:limit])
    return entries, entries[-1].pk if entries else since
