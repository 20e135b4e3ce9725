"""Copying an area's own history rows into the activity log, for the data migrations.

Migrations call this with their historical AuditEvent model, so it uses only the model's
fields and must keep working as it is for as long as those migrations exist.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable

# The area's row and its audit entry were written in one transaction, so moments apart.
MATCH_WINDOW = datetime.timedelta(seconds=5)


def copy_into_log(audit_event_model, rows: Iterable[dict]) -> int:
    """Make each row one log entry: complete the audit entry the same change wrote, else add one.

    A row holds target_type, target_id, verb, actor_id, from_state, to_state, reason, data and
    created_at. Returns how many entries had to be added.
    """
    added = 0
    for row in rows:
        twin = (
            audit_event_model.objects.filter(
                target_type=row["target_type"],
                target_id=str(row["target_id"]),
                verb=row["verb"],
                to_state="",
                created_at__gte=row["created_at"] - MATCH_WINDOW,
                created_at__lte=row["created_at"] + MATCH_WINDOW,
            )
            .order_by("id")
            .first()
        )
        if twin is not None:
            twin.from_state, twin.to_state = row["from_state"], row["to_state"]
            data = dict(twin.data)
            old_reason = str(data.pop("reason", "") or "")
            twin.reason = row["reason"] or twin.reason or old_reason
            twin.data = {**data, **row["data"]}
            twin.actor_id = twin.actor_id or row["actor_id"]
            twin.save(update_fields=["from_state", "to_state", "reason", "data", "actor"])
            continue
        entry = audit_event_model.objects.create(
            actor_id=row["actor_id"],
            verb=row["verb"],
            target_type=row["target_type"],
            target_id=str(row["target_id"]),
            from_state=row["from_state"],
            to_state=row["to_state"],
            reason=row["reason"],
            data=row["data"],
        )
        # auto_now_add stamps the copy with today; the history keeps its own moment.
        audit_event_model.objects.filter(pk=entry.pk).update(created_at=row["created_at"])
        added += 1
    return added
