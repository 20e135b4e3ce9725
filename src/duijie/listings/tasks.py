"""Background jobs of the listings app."""

from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from duijie.listings.domain.lifecycle import expire_listings


@db_periodic_task(crontab(hour="0", minute="15"))
def expire_listings_daily() -> int:
    """Every night, take listings past their expiry date off the platform."""
    return expire_listings()
