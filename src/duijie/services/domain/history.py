"""Recording each step of a request's history, next to the audit trail."""

from __future__ import annotations

from duijie.common.audit import record_event
from duijie.services.models import ConsultingRequest, RequestEvent


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
) -> RequestEvent:
    """Append a history entry describing the request as it is now, and the audit event."""
    event = RequestEvent.objects.create(
        request=consulting_request,
        kind=kind,
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        from_status=from_status,
        to_status=consulting_request.status,
        from_department=from_department,
        to_department=consulting_request.department,
        assignee=consulting_request.assignee,
        reason=reason,
    )
    record_event(consulting_request, f"consulting_request.{kind}", actor=actor, **audit_data)
    return event
