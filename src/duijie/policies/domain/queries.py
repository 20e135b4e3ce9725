"""The policy library is public; these helpers filter it for pages and the API."""

from __future__ import annotations

import datetime

from django.db.models import Q, QuerySet

from duijie.policies.domain.search import search_policies
from duijie.policies.models import Policy, PolicyState

MAX_RESULTS = 200


def published_policies() -> QuerySet[Policy]:
    return Policy.objects.filter(is_published=True)


def filter_by_state(queryset: QuerySet[Policy], state: str, today: datetime.date) -> QuerySet:
    """Policies in force, expired or not yet in force on `today` (dates inclusive)."""
    if state == PolicyState.IN_FORCE:
        return queryset.filter(
            Q(valid_from__isnull=True) | Q(valid_from__lte=today),
            Q(valid_to__isnull=True) | Q(valid_to__gte=today),
        )
    if state == PolicyState.EXPIRED:
        return queryset.filter(valid_to__lt=today)
    if state == PolicyState.NOT_YET:
        return queryset.filter(valid_from__gt=today)
    return queryset


def library_page(
    *, query: str, tag: str, state: str, today: datetime.date, limit: int = MAX_RESULTS
) -> list[Policy]:
    """The library list: tag and state filters, then the bilingual search ranking."""

    queryset = published_policies()
    if tag:
        queryset = queryset.filter(tags__code=tag)
    queryset = filter_by_state(queryset, state, today).distinct()
    return search_policies(query, limit=limit, within=queryset.prefetch_related("tags"))
