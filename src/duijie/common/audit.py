"""Recording audit events from domain functions."""

from __future__ import annotations

from typing import Any

from django.db import models

from duijie.common.models import AuditEvent


def record_event(target: models.Model, verb: str, *, actor: Any = None, **data: Any) -> AuditEvent:
    """Append an audit event for `target`; call inside the transaction that made the change."""
    user = actor if getattr(actor, "is_authenticated", False) else None
    return AuditEvent.objects.create(
        actor=user,
        verb=verb,
        target_type=target._meta.label_lower,
        target_id=str(target.pk),
        data=data,
    )
