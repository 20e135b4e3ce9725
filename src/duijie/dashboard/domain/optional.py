"""Figures from areas that may not have their data model yet (matching, events, services).

Each function looks the models up by name and returns None when they are missing, so the
dashboard keeps working while those areas are being built or are switched off.
"""

from __future__ import annotations

import datetime

from django.apps import apps
from django.core.exceptions import FieldError
from django.db.models import Count

from duijie.common.i18n import pick
from duijie.dashboard.domain.buckets import bucket


def optional_model(label: str):
    """The model `app_label.ModelName`, or None when it is not installed."""
    try:
        return apps.get_model(label)
    except (LookupError, ValueError):
        return None


def _choices(model, field: str) -> list[tuple[str, str]]:
    return list(model._meta.get_field(field).choices or [])


def matching_figures() -> dict | None:
    """Expressions of interest, and those accepted by both sides (mutual-interest matches)."""
    interest = optional_model("matching.Interest")
    if interest is None:
        return None
    try:
        return {
            "interests": interest.objects.count(),
            "mutual": interest.objects.filter(status="accepted").count(),
        }
    except FieldError:
        return None


def event_figures(today: datetime.date) -> dict | None:
    """Published events held so far and upcoming, and their one-to-one meetings."""
    event, meeting = optional_model("events.Event"), optional_model("events.Meeting")
    if event is None:
        return None
    try:
        published = event.objects.filter(status="published")
        figures = {
            "held": published.filter(ends_on__lt=today).count(),
            "upcoming": published.filter(ends_on__gte=today).count(),
            "meetings": None,
            "meetings_held": None,
        }
        if meeting is not None:
            figures["meetings"] = meeting.objects.count()
            figures["meetings_held"] = meeting.objects.filter(attendance="held").count()
        return figures
    except FieldError:
        return None


def consulting_figures() -> dict | None:
    """Consulting requests by status and by the department they are routed to."""
    request = optional_model("services.ConsultingRequest")
    if request is None:
        return None
    try:
        by_status = dict(request.objects.values_list("status").annotate(n=Count("pk")))
        by_department = request.objects.values(
            "department__code", "department__name_zh", "department__name_en"
        ).annotate(n=Count("pk"))
        return {
            "total": sum(by_status.values()),
            "by_status": [
                bucket(value, label, by_status.get(value, 0))
                for value, label in _choices(request, "status")
            ],
            "by_department": [_department_bucket(row) for row in by_department.order_by("-n")],
        }
    except FieldError:
        return None


def _department_bucket(row: dict) -> dict:

    label = pick(row["department__name_zh"] or "", row["department__name_en"] or "")
    return bucket(row["department__code"] or "-", label or "—", row["n"])
