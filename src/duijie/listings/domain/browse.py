"""Filtering listings for browse pages and the API."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q, QuerySet

MAX_QUERY_LENGTH = 200


@dataclass(frozen=True)
class ListingFilters:
    q: str = ""
    kind: str = ""
    sector: str = ""
    country: str = ""
    trl_min: int | None = None
    trl_max: int | None = None


def filter_listings(queryset: QuerySet, filters: ListingFilters) -> QuerySet:
    """Apply the structured filters; free text is matched on title and description."""
    if filters.kind:
        queryset = queryset.filter(kind=filters.kind)
    if filters.sector:
        queryset = queryset.filter(sectors__code=filters.sector)
    if filters.country:
        queryset = queryset.filter(organisation__country=filters.country)
    if filters.trl_min is not None:
        queryset = queryset.filter(trl__gte=filters.trl_min)
    if filters.trl_max is not None:
        queryset = queryset.filter(trl__lte=filters.trl_max)
    text = filters.q.strip()[:MAX_QUERY_LENGTH]
    if text:
        queryset = queryset.filter(text_condition(text))
    return queryset.distinct()


def text_condition(text: str) -> Q:
    condition = Q()
    for term in text.split():
        condition &= Q(title__icontains=term) | Q(description__icontains=term)
    return condition
