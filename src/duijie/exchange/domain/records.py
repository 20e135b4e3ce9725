"""A listing as an exchange record: the flat dictionary of docs/exchange.md, one per row."""

from __future__ import annotations

from duijie.common.models.base import ContentLocale
from duijie.listings.models import Listing

COLUMNS = [
    "source",
    "source_id",
    "kind",
    "language",
    "title",
    "summary",
    "description",
    "title_en",
    "description_en",
    "title_zh",
    "description_zh",
    "organisation",
    "organisation_country",
    "sectors",
    "keywords",
    "trl",
    "partnership",
    "budget_min",
    "budget_max",
    "currency",
    "expires_on",
    "source_url",
    "updated_at",
]
SUFFIX = {ContentLocale.EN: "en", ContentLocale.ZH_HANS: "zh"}
LOCAL_SOURCE = "duijie"


def _texts(listing: Listing) -> dict[str, str]:
    """Title and description per language: the original, then each current version."""
    texts = {
        f"{name}_{suffix}": "" for suffix in SUFFIX.values() for name in ("title", "description")
    }
    suffix = SUFFIX.get(listing.content_locale)
    if suffix:
        texts[f"title_{suffix}"] = listing.title
        texts[f"description_{suffix}"] = listing.description
    for version in listing.versions.all():
        other = SUFFIX.get(version.language)
        if other and other != suffix and not version.is_stale:
            texts[f"title_{other}"] = version.fields.get("title", "")
            texts[f"description_{other}"] = version.fields.get("description", "")
    return texts


def _organisation_name(organisation) -> str:
    return organisation.name_en or organisation.name_zh


def listing_record(listing: Listing) -> dict:
    """The exchange record of one listing (provenance from its external record, if imported)."""
    external = getattr(listing, "external_record", None)
    record = {
        "source": external.source if external else LOCAL_SOURCE,
        "source_id": external.source_id if external else str(listing.pk),
        "kind": listing.kind,
        "language": listing.content_locale,
        "title": listing.title,
        "summary": listing.summary,
        "description": listing.description,
        **_texts(listing),
        "organisation": _organisation_name(listing.organisation),
        "organisation_country": listing.organisation.country,
        "sectors": sorted(sector.code for sector in listing.sectors.all()),
        "keywords": list(listing.keywords),
        "trl": listing.trl,
        "partnership": list(listing.partnership_types),
        "budget_min": listing.budget_min,
        "budget_max": listing.budget_max,
        "currency": listing.currency,
        "expires_on": listing.expires_on.isoformat(),
        "source_url": external.source_url if external else "",
        "updated_at": listing.updated_at.isoformat() if listing.updated_at else "",
    }
    return record


def with_record_relations(queryset):
    """Fetch what `listing_record` reads in a few queries rather than a few per listing."""
    return queryset.select_related("organisation", "external_record").prefetch_related(
        "sectors", "versions"
    )
