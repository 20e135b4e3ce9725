"""Importing listings from a partner: upsert by source + source_id, all or nothing per file."""

from __future__ import annotations

from django.db import transaction
from django.db.models import Q

from duijie.common.audit import record_event
from duijie.common.errors import DomainError
from duijie.common.permissions import require
from duijie.directory.models import Country, Organisation, OrgType, Sector
from duijie.exchange.core.report import CREATE, ERROR, UNCHANGED, UPDATE, Report, RowResult
from duijie.exchange.models import ExternalRecord
from duijie.listings.domain import lifecycle
from duijie.listings.models import Listing
from duijie.versions.domain.versions import save_version, version_in


def _existing(source: str, source_ids) -> dict[str, Listing]:
    records = ExternalRecord.objects.filter(source=source, source_id__in=list(source_ids))
    records = records.select_related("listing").prefetch_related("listing__sectors")
    return {record.source_id: record.listing for record in records}


def _unchanged(listing: Listing, values: dict) -> bool:
    if any(getattr(listing, name) != value for name, value in values["fields"].items()):
        return False
    if sorted(s.code for s in listing.sectors.all()) != sorted(values["sectors"]):
        return False
    for locale, texts in values["versions"].items():
        version = version_in(listing, locale)
        if version is None or any(version.fields.get(k, "") != v for k, v in texts.items()):
            return False
    return listing.external_record.source_url == values["source_url"]


def classify_rows(rows: list[RowResult], *, source: str) -> None:
    """Set each valid row's outcome: create, update or unchanged."""
    existing = _existing(source, [row.source_id for row in rows if row.outcome != ERROR])
    for row in rows:
        if row.outcome == ERROR:
            continue
        listing = existing.get(row.source_id)
        if listing is None:
            row.outcome = CREATE
        else:
            row.outcome = UNCHANGED if _unchanged(listing, row.values) else UPDATE


def _organisation(found: dict) -> Organisation:
    """The organisation named by USCC, UEN or name; an unknown one is created unverified."""
    name = found["name"]
    match = Q(name_en__iexact=name) | Q(name_zh__iexact=name) | Q(uscc=name) | Q(uen=name)
    organisation = Organisation.objects.filter(match).order_by("pk").first()
    if organisation is None:
        organisation = Organisation.objects.create(
            name_en=name if name.isascii() else "",
            name_zh="" if name.isascii() else name,
            country=found["country"] or Country.OTHER,
            org_type=OrgType.ENTERPRISE,
        )
    return organisation


def _write_row(row: RowResult, listing: Listing | None, *, source: str, actor) -> None:
    values = row.values
    sectors = Sector.objects.filter(code__in=values["sectors"])
    if listing is None:
        organisation = _organisation(values["organisation"])
        # The system writes (the importer's permission was checked once for the file).
        listing = lifecycle.create_listing(organisation, actor=None, fields=values["fields"])
        listing.sectors.set(sectors)
        ExternalRecord.objects.create(
            listing=listing, source=source, source_id=row.source_id, source_url=values["source_url"]
        )
        lifecycle.submit_listing(listing, actor=None)
        lifecycle.approve_listing(listing, actor=None)
    else:
        lifecycle.update_listing(listing, actor=None, fields=values["fields"], sectors=sectors)
        ExternalRecord.objects.filter(listing=listing).update(source_url=values["source_url"])
    for locale, texts in values["versions"].items():
        save_version(listing, actor=None, language=locale, fields=texts)
    record_event(listing, f"exchange.import_{row.outcome}", actor=actor, source=source)


def import_listings(report: Report, *, actor, source: str, partial: bool = False) -> Report:
    """Write the report's good rows; without `partial`, nothing at all if any row is bad."""
    require(actor, "exchange.import_listings")
    if report.errors and not partial:
        return report
    todo = [row for row in report.rows if row.outcome in (CREATE, UPDATE)]
    existing = _existing(source, [row.source_id for row in todo])
    try:
        with transaction.atomic():
            for row in todo:
                _write_one(
                    row, existing.get(row.source_id), source=source, actor=actor, partial=partial
                )
    except _Abort:
        return report
    report.written = True
    return report


class _Abort(Exception):
    """A row failed while writing: the whole file is rolled back."""


def _write_one(row: RowResult, listing, *, source: str, actor, partial: bool) -> None:
    try:
        with transaction.atomic():  # a savepoint: a failed row leaves nothing of itself
            _write_row(row, listing, source=source, actor=actor)
    except DomainError as error:
        row.fail("", error.message)
        if not partial:
            raise _Abort() from error
