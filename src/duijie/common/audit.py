"""The activity log: domain functions record each change once; history panels read it back."""

from __future__ import annotations

from typing import Any

from django.db import models

from duijie.common.models import AuditEvent
from duijie.common.models.audit import register_history

__all__ = ["record_event", "register_history", "state_histories", "state_history"]


def record_event(
    target: models.Model,
    verb: str,
    *,
    actor: Any = None,
    from_state: str = "",
    to_state: str = "",
    reason: str = "",
    **data: Any,
) -> AuditEvent:
    """Append an entry for `target`; call inside the transaction that made the change.

    A state change passes `from_state`/`to_state` (and the actor's `reason`): that makes the
    entry part of the object's history panel.
    """
    user = actor if getattr(actor, "is_authenticated", False) else None
    return AuditEvent.objects.create(
        actor=user,
        verb=verb,
        target_type=target._meta.label_lower,
        target_id=str(target.pk),
        from_state=from_state,
        to_state=to_state,
        reason=reason,
        data=data,
    )


def state_history(target: models.Model, *, verbs=None) -> models.QuerySet[AuditEvent]:
    """The object's state changes, oldest first (optionally only the given verbs)."""
    entries = AuditEvent.objects.filter(
        target_type=target._meta.label_lower, target_id=str(target.pk)
    ).exclude(to_state="")
    if verbs is not None:
        entries = entries.filter(verb__in=list(verbs))
    return entries.select_related("actor").order_by("created_at", "id")


def state_histories(model: type[models.Model], ids) -> dict[str, list[AuditEvent]]:
    """The state changes of many objects of `model` in one query, keyed by their pk as text."""
    found: dict[str, list[AuditEvent]] = {}
    entries = AuditEvent.objects.filter(
        target_type=model._meta.label_lower, target_id__in=[str(pk) for pk in ids]
    ).exclude(to_state="")
    for entry in entries.select_related("actor").order_by("created_at", "id"):
        found.setdefault(entry.target_id, []).append(entry)
    return found
