"""Which consulting requests a user may see, and the list filters; one definition for all pages."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from django.db.models import Q, QuerySet

from duijie.common.permissions import is_platform_admin
from duijie.services.models import ConsultingRequest

MAX_QUERY_LENGTH = 200
REFERENCE = re.compile(r"ZX\d{4}-0*(\d+)", re.IGNORECASE)


def visible_requests(user) -> QuerySet[ConsultingRequest]:
    """Own requests, plus those routed to the user's department now; administrators see all."""
    if not user.is_authenticated:
        return ConsultingRequest.objects.none()
    if is_platform_admin(user):
        return ConsultingRequest.objects.all()
    condition = Q(requester=user)
    if user.department_id:
        condition |= Q(department_id=user.department_id)
    return ConsultingRequest.objects.filter(condition)


@dataclass(frozen=True)
class RequestFilters:
    q: str = ""
    status: str = ""
    category: str = ""
    department: str = ""
    assignee: str = ""  # "me" or "none"
    overdue: bool = False


def filter_requests(
    queryset: QuerySet[ConsultingRequest], filters: RequestFilters, *, user, today: datetime.date
) -> QuerySet[ConsultingRequest]:
    """Apply the list filters to an already permission-filtered queryset."""
    if filters.status:
        queryset = queryset.filter(status=filters.status)
    if filters.category:
        queryset = queryset.filter(category__code=filters.category)
    if filters.department:
        queryset = queryset.filter(department__code=filters.department)
    if filters.assignee == "me":
        queryset = queryset.filter(assignee=user)
    elif filters.assignee == "none":
        queryset = queryset.filter(assignee__isnull=True)
    if filters.overdue:
        queryset = overdue_requests(queryset, today)
    return _text_filter(queryset, filters.q)


def overdue_requests(queryset: QuerySet, today: datetime.date) -> QuerySet:
    """Requests the department still owes an answer to after their deadline."""
    return queryset.overdue(today)


def _text_filter(queryset: QuerySet, text: str) -> QuerySet:
    text = text.strip()[:MAX_QUERY_LENGTH]
    reference = REFERENCE.fullmatch(text)
    if reference:
        return queryset.filter(pk=int(reference.group(1)))
    for term in text.split():
        queryset = queryset.filter(
            Q(subject__icontains=term)
            | Q(description__icontains=term)
            | Q(organisation__name_zh__icontains=term)
            | Q(organisation__name_en__icontains=term)
        )
    return queryset
