"""`duijie expire-listings`: take published listings past their expiry date off the platform.

The huey consumer does this every night (listings/tasks.py); installations without a consumer
call this command from cron instead. Running it twice changes nothing more.
"""

from __future__ import annotations

import datetime

from django.core.management.base import BaseCommand, CommandError

from duijie.listings.domain.lifecycle import expire_listings


class Command(BaseCommand):
    help = "Mark published listings past their expiry date as expired."

    def add_arguments(self, parser):
        parser.add_argument("--date", help="Act as if today were YYYY-MM-DD (default: today).")

    def handle(self, *args, **options):
        on = _day(options["date"])
        self.stdout.write(f"{expire_listings(on=on)} listing(s) expired.")


def _day(text: str | None) -> datetime.date | None:
    if not text:
        return None
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise CommandError(f"Expected a date as YYYY-MM-DD, got {text!r}.") from None
