"""Which content still needs a version in the other language, and how much reads in both."""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Exists, OuterRef, QuerySet

from duijie.listings.domain.queries import published_listings
from duijie.listings.models import Listing
from duijie.versions.models import ContentVersion


def current_versions_of(model) -> QuerySet:
    """Versions of `model`'s rows that are not stale, for use as a subquery."""
    content_type = ContentType.objects.get_for_model(model)
    return ContentVersion.objects.filter(content_type=content_type, is_stale=False)


def with_version_state(queryset: QuerySet) -> QuerySet:
    """Annotate `has_version`: whether a row has a current other-language version."""
    current = current_versions_of(queryset.model).filter(object_id=OuterRef("pk"))
    return queryset.annotate(has_version=Exists(current))


def translation_queue() -> QuerySet:
    """Published listings without a current version, most asked-about first, then newest.

    The platform keeps no page-view counts, so interest received (people who wanted to talk
    about it) stands for demand; among equals the newest listing comes first.
    """
    queryset = with_version_state(published_listings()).filter(has_version=False)
    queryset = queryset.annotate(demand=Count("interests_received", distinct=True))
    queryset = queryset.select_related("organisation").prefetch_related("versions")
    return queryset.order_by("-demand", "-published_at", "-id")


def bilingual_share() -> dict:
    """Published listings readable in both languages: count, total and share (0–1)."""
    queryset = with_version_state(published_listings())
    total = queryset.count()
    both = queryset.filter(has_version=True).count()
    return {"bilingual": both, "total": total, "share": round(both / total, 3) if total else 0.0}


def with_versions(queryset: QuerySet) -> QuerySet:
    """Prefetch the versions a page will show, so each listing costs no extra query."""
    return queryset.prefetch_related("versions", "versions__translator")


def listing_ids_needing_versions(ids) -> set[int]:
    """Among `ids`, the listings with no current other-language version."""
    current = current_versions_of(Listing).filter(object_id__in=list(ids))
    return set(ids) - set(current.values_list("object_id", flat=True))
