"""What the listing write endpoints accept: the page's form, read from JSON.

The endpoints validate with the page's own `ListingForm` (so the rules and messages are the
same), with sectors named by their code and keywords given as a list. The schemas below only
document the JSON bodies in OpenAPI; the form is what checks them.
"""

from __future__ import annotations

import datetime

from django import forms
from ninja import Schema
from pydantic import Field

from duijie.directory.models import Organisation, Sector
from duijie.listings.interfaces.forms import ListingForm
from duijie.listings.models.listing import (
    Currency,
    IpStatus,
    Listing,
    ListingKind,
    PartnershipType,
    TargetRegion,
    Visibility,
)


def _one_of(choices, default=None):
    return Field(default, json_schema_extra={"enum": list(choices.values)})


class ListingPatchIn(Schema):
    """Any subset of the fields; those left out keep their value, `null` clears one."""

    kind: str | None = _one_of(ListingKind)
    title: str | None = Field(None, max_length=200)
    summary: str | None = Field(None, max_length=300)
    description: str | None = Field(None, max_length=10000)
    content_locale: str | None = Field(None, json_schema_extra={"enum": ["zh-hans", "en"]})
    sectors: list[str] | None = Field(None, description="Sector codes")
    keywords: list[str] | None = Field(None, description="Up to 20 are kept")
    trl: int | None = Field(None, ge=1, le=9)
    ip_status: str | None = _one_of(IpStatus)
    partnership_types: list[str] | None = Field(
        None, json_schema_extra={"items": {"enum": list(PartnershipType.values)}}
    )
    budget_min: int | None = Field(None, ge=0)
    budget_max: int | None = Field(None, ge=0)
    currency: str | None = _one_of(Currency)
    target_region: str | None = _one_of(TargetRegion)
    visibility: str | None = _one_of(Visibility)
    expires_on: datetime.date | None = None
    deadline: datetime.date | None = Field(None, description="Required for a challenge")
    prize: str | None = Field(None, max_length=120, description="Required for a challenge")


class ListingIn(ListingPatchIn):
    """A new draft; left-out optional fields take the page's defaults."""

    organisation_id: int = Field(description="An organisation the caller belongs to")
    kind: str = _one_of(ListingKind, ...)
    title: str = Field(max_length=200)
    description: str = Field(max_length=10000)
    expires_on: datetime.date


class ReturnIn(Schema):
    reason: str


class ListingInput(ListingForm):
    """The page's listing form, reading sectors by code."""

    sectors = forms.ModelMultipleChoiceField(
        queryset=Sector.objects.all(), to_field_name="code", required=False
    )
    # Versions in the other language have their own endpoint (…/versions/{language}).
    other_title = other_summary = other_description = None


class NewListingInput(ListingInput):
    organisation = forms.ModelChoiceField(queryset=Organisation.objects.all())


NEW_LISTING_ALIASES = {"organisation_id": "organisation"}


def listing_values(listing: Listing) -> dict:
    """A listing's current values as form input: what a PATCH leaves out stays as it is."""
    names = [name for name in ListingForm._meta.fields if name not in ("sectors", "keywords")]
    values = {name: getattr(listing, name) for name in names}
    values["keywords"] = ", ".join(listing.keywords)
    values["sectors"] = [sector.code for sector in listing.sectors.all()] if listing.pk else []
    return values


def from_json(payload: dict) -> dict:
    """The form reads keywords as one comma-separated text; the API takes a list."""
    keywords = payload.get("keywords")
    if isinstance(keywords, list) and all(isinstance(word, str | int) for word in keywords):
        payload = {**payload, "keywords": ", ".join(str(word) for word in keywords)}
    return payload
