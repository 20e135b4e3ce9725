"""Each step of a request's history: written once, to the activity log, and read back for panels."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from duijie.common.audit import record_event, state_history
from duijie.common.models import AuditEvent
from duijie.directory.models import Department, User
from duijie.services.models import ConsultingRequest
from duijie.services.models.requests import REQUESTER_VISIBLE_EVENTS, RequestEventKind

VERB_PREFIX = "consulting_request."


def lock_request(consulting_request: ConsultingRequest) -> ConsultingRequest:
    """The request's row, locked until the surrounding transaction ends."""
    return ConsultingRequest.objects.select_for_update().get(pk=consulting_request.pk)


def record_request_event(
    consulting_request: ConsultingRequest,
    kind: str,
    *,
    actor,
    from_status: str = "",
    from_department=None,
    reason: str = "",
    **audit_data,
) -> AuditEvent:
    """Log one step with the request as it is now: status, department and assignee."""
    return record_event(
        consulting_request,
        f"{VERB_PREFIX}{kind}",
        actor=actor,
        from_state=from_status,
        to_state=consulting_request.status,
        reason=reason,
        from_department=getattr(from_department, "pk", None),
        to_department=consulting_request.department_id,
        assignee=consulting_request.assignee_id,
        **audit_data,
    )


@dataclass(frozen=True)
class HistoryEntry:
    kind: str
    kind_label: str
    from_status: str
    to_status: str
    to_status_label: str
    from_department: Department | None
    to_department: Department | None
    assignee: User | None
    actor: User | None
    reason: str
    created_at: datetime.datetime


def request_history(consulting_request: ConsultingRequest, *, internal: bool) -> list:
    """The request's steps, oldest first; the requester (not `internal`) sees no reminders."""
    kinds = RequestEventKind.values if internal else REQUESTER_VISIBLE_EVENTS
    entries = list(state_history(consulting_request, verbs=[VERB_PREFIX + k for k in kinds]))
    department_ids = {
        e.data.get(key) for e in entries for key in ("from_department", "to_department")
    }
    departments = Department.objects.in_bulk([pk for pk in department_ids if pk])
    assignees = User.objects.in_bulk(
        [e.data["assignee"] for e in entries if e.data.get("assignee")]
    )
    return [
        HistoryEntry(
            kind=entry.verb.removeprefix(VERB_PREFIX),
            kind_label=entry.label,
            from_status=entry.from_state,
            to_status=entry.to_state,
            to_status_label=entry.to_state_label,
            from_department=departments.get(entry.data.get("from_department")),
            to_department=departments.get(entry.data.get("to_department")),
            assignee=assignees.get(entry.data.get("assignee")),
            actor=entry.actor,
            reason=entry.reason,
            created_at=entry.created_at,
        )
        for entry in entries
    ]
