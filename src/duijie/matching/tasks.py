"""Background jobs of the matching area: keeping vectors current, digests, case reminders."""

from huey import crontab
from huey.contrib.djhuey import db_periodic_task, db_task

from duijie.listings.models import Listing, ListingStatus
from duijie.matching.domain.digest import send_match_digests
from duijie.matching.domain.documents import with_relations
from duijie.matching.domain.index import store_vectors
from duijie.matching.domain.pipeline import remind_due_cases


@db_task()
def update_listing_vector(listing_id: int) -> int:
    """Re-encode a published listing after a change; unpublished ones leave the index on sync."""

    listing = with_relations(Listing.objects.filter(pk=listing_id)).first()
    if listing is None or listing.status != ListingStatus.PUBLISHED:
        return 0
    return store_vectors([listing])


# Huey evaluates crontabs in UTC: Monday 00:00 UTC is Monday 08:00 in Shanghai and Singapore.
@db_periodic_task(crontab(day_of_week="1", hour="0", minute="0"))
def send_match_digests_weekly() -> int:
    """Monday morning: each member hears about new matches for their listings."""

    return send_match_digests()


# 00:30 UTC is 08:30 in Shanghai and Singapore, the start of a broker's day.
@db_periodic_task(crontab(hour="0", minute="30"))
def remind_broker_cases_daily() -> int:
    """Each morning: brokers hear about the cases whose next step falls due."""

    return remind_due_cases()


def on_listing_changed(sender, listing_id: int, **kwargs) -> None:
    update_listing_vector(listing_id)
