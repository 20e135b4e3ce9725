"""`duijie export-listings --format jsonl|csv|xlsx OUT`: listings as exchange records."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand

from duijie.exchange.domain.feed import public_listings
from duijie.exchange.domain.records import listing_record, with_record_relations
from duijie.exchange.interfaces.formats import FORMATS, write_records
from duijie.listings.models import Listing


class Command(BaseCommand):
    help = "Export listings in the exchange format (docs/exchange.md); public ones unless --all."

    def add_arguments(self, parser):
        parser.add_argument("out", type=Path)
        parser.add_argument("--format", choices=FORMATS, default="jsonl")
        parser.add_argument("--all", action="store_true", help="every listing, in any state")

    def handle(self, *args, **options):
        queryset = Listing.objects.all() if options["all"] else public_listings()
        records = (listing_record(item) for item in with_record_relations(queryset.order_by("id")))
        count = write_records(records, options["format"], options["out"])
        self.stdout.write(f"{count} listings → {options['out']}")
