"""Turning listings (model rows) into the engine's plain documents, and vectors into rows."""

from __future__ import annotations

import hashlib

from duijie.listings.models import Listing, Visibility
from duijie.matching.core.engine import doc_text
from duijie.matching.core.types import ListingDoc


def _current_versions(listing: Listing) -> list:
    """The listing's other-language versions that still match its original (duijie.versions)."""
    return [version for version in listing.versions.all() if not version.is_stale]


def listing_doc(listing: Listing) -> ListingDoc:
    """The engine's view of a listing; needs `organisation`, `sectors` and `versions` loaded.

    A listing with a current other-language version is encoded as one text holding both
    (original first), labelled with the original's language: one vector per listing keeps
    the index, hubness and the ANN copy unchanged. On bench/versions_matching.py this lifts
    recall@1 from 0.61 (original only) to 0.73; detecting the language from the mix instead
    drops it to 0.51 (docs/matching.md, "Language versions").
    """
    org = listing.organisation
    versions = _current_versions(listing)
    # The original text exactly as before, so listings without versions keep their vectors.
    parts = [listing.summary, listing.description] if listing.summary else [listing.description]
    for v in versions:
        parts += [v.text(name) for name in ("title", "summary", "description") if v.text(name)]
    lang = "zh" if listing.content_locale.startswith("zh") else "en"
    return ListingDoc(
        id=listing.pk,
        kind=listing.kind,
        title=listing.title,
        description="\n".join(parts),
        lang=lang,
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
    return queryset.select_related("organisation").prefetch_related(
        "sectors", "versions__translator"
    )
