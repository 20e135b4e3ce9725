"""The Excel export of a request list: the same rows the user may see, never internal notes."""

from __future__ import annotations

import datetime
from collections.abc import Iterator

from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _


def export_headers() -> list[str]:
    return [
        _("Reference"),
        _("Submitted on"),
        _("Category"),
        _("Subject"),
        _("Organisation"),
        _("Requester"),
        _("Department"),
        _("Handled by"),
        _("Status"),
        _("Reply due"),
        _("Overdue"),
        _("Closed on"),
        _("Satisfaction (1–5)"),
    ]


def export_rows(queryset: QuerySet, *, today: datetime.date) -> Iterator[list]:
    """One row per request, labels in the current language."""
    queryset = queryset.select_related(
        "category", "organisation", "requester", "department", "assignee", "rating"
    )
    for item in queryset:
        yield [
            item.reference,
            timezone.localtime(item.created_at),
            item.category.name,
            item.subject,
            item.organisation.name if item.organisation else "",
            item.requester.full_name,
            item.department.name,
            item.assignee.full_name if item.assignee else "",
            item.get_status_display(),
            item.due_on,
            _("yes") if item.is_overdue(today) else "",
            timezone.localtime(item.closed_at) if item.closed_at else None,
            _rating_of(item),
        ]


def _rating_of(item) -> int | None:
    rating = getattr(item, "rating", None)
    return rating.score if rating else None
