"""What follows a new or corrected version: re-indexing, and telling the author."""

from __future__ import annotations

from django.db import transaction
from django.db.models import Model
from django.urls import reverse

from duijie.common.models.notifications import NotificationKind
from duijie.common.notify import notify
from duijie.versions.models import ContentVersion, VersionSource


def announce_version(obj: Model, version: ContentVersion | None, *, actor) -> None:
    """Re-index a listing whose versions changed; tell the author about a translator's version."""
    if obj._meta.label_lower == "listings.listing":
        from duijie.listings.models import Listing
        from duijie.listings.signals import listing_changed

        # The version's text is part of what the matching engine encodes (see documents.py).
        listing_id = obj.pk
        transaction.on_commit(lambda: listing_changed.send(sender=Listing, listing_id=listing_id))
    if version is not None and version.source != VersionSource.AUTHOR:
        _tell_author(obj, version, actor=actor)


def _tell_author(obj: Model, version: ContentVersion, *, actor) -> None:
    author = getattr(obj, "created_by", None)
    if author is None or author == actor:
        return
    url = reverse("web:version_edit", args=[obj.pk])
    notify(
        author,
        NotificationKind.TRANSLATION_ADDED,
        subject_template="versions/email/version_added_subject.txt",
        body_template="versions/email/version_added_body.txt",
        context={"listing": obj, "version": version, "translator": actor, "url": url},
        url=url,
        actor=actor,
    )
