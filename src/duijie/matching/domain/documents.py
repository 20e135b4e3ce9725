"""Turning listings (model rows) into the engine's plain documents, and vectors into rows."""

from __future__ import annotations

import hashlib

from duijie.listings.models import Listing, Visibility
from duijie.matching.core.engine import doc_text
from duijie.matching.core.types import ListingDoc


def listing_doc(listing: Listing) -> ListingDoc:
    """The engine's view of a listing; needs `organisation` and `sectors` loaded."""
    org = listing.organisation
    return ListingDoc(
        id=listing.pk,
        kind=listing.kind,
        title=listing.title,
        description=listing.description,
        lang="zh" if listing.content_locale.startswith("zh") else "en",
        org_id=org.pk,
        org_type=org.org_type,
        country=org.country,
        sectors=tuple(sorted(s.code for s in listing.sectors.all())),
        keywords=tuple(listing.keywords or ()),
        trl=listing.trl,
        expires_on=listing.expires_on,
        public=listing.visibility != Visibility.MEMBERS,
    )


def content_hash(doc: ListingDoc) -> str:
    """Changes exactly when the encoded text changes, so unchanged listings are not re-encoded."""
    return hashlib.sha256(doc_text(doc).encode("utf-8")).hexdigest()


def with_relations(queryset):
    return queryset.select_related("organisation").prefetch_related("sectors")
