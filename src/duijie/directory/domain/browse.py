"""Filtering the organisation directory."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q, QuerySet

from duijie.directory.models import Organisation


@dataclass(frozen=True)
class OrganisationFilters:
    q: str = ""
    country: str = ""
    org_type: str = ""
    sector: str = ""


def filter_organisations(filters: OrganisationFilters) -> QuerySet[Organisation]:
    """Every organisation is listed publicly; their contact people never are."""
    queryset = Organisation.objects.all()
    if filters.country:
        queryset = queryset.filter(country=filters.country)
    if filters.org_type:
        queryset = queryset.filter(org_type=filters.org_type)
    if filters.sector:
        queryset = queryset.filter(sectors__code=filters.sector)
    text = filters.q.strip()[:200]
    if text:
        queryset = queryset.filter(
            Q(name_zh__icontains=text) | Q(name_en__icontains=text) | Q(profile__icontains=text)
        )
    return queryset.distinct()
