"""What the responsible department does with a request: assign, reply, note, transfer, close.

Every function locks the request row, checks the actor's permission on the locked state,
writes the change and its history entry in one transaction, then sends the emails.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from duijie.common.errors import DomainError
from duijie.common.i18n import normalise_language
from duijie.common.permissions import require
from duijie.services.domain import notifications as notify
from duijie.services.domain.deadlines import restart_deadline
from duijie.services.domain.history import lock_request, record_request_event
from duijie.services.domain.people import handlers_of
from duijie.services.models import (
    ConsultingRequest,
    InternalNote,
    RequestMessage,
    RequestStatus,
)

S = RequestStatus


def _text(value: str, message) -> str:
    value = (value or "").strip()
    if not value:
        raise DomainError(message, code="empty")
    return value


def assign_request(consulting_request: ConsultingRequest, *, actor, assignee) -> ConsultingRequest:
    """Give the request to one staff member of its department."""
    with transaction.atomic():
        locked = lock_request(consulting_request)
        require(actor, "services.handle_request", locked)
        if not assignee.is_active or assignee.department_id != locked.department_id:
            raise DomainError(
                _("Only a staff member of the responsible department can handle it."),
                code="wrong_department",
            )
        before = locked.status
        locked.assignee = assignee
        if locked.status == S.SUBMITTED:
            locked.status = S.IN_PROGRESS
        locked.save(update_fields=["assignee", "status", "updated_at"])
        record_request_event(locked, "assigned", actor=actor, from_status=before)
    notify.notify_assigned(locked, actor=actor)
    return locked


def reply_to_request(
    consulting_request: ConsultingRequest, *, actor, body: str, content_locale: str
) -> RequestMessage:
    """Answer the requester (they see it and get it by email)."""
    body = _text(body, _("Please write the reply."))
    with transaction.atomic():
        locked = lock_request(consulting_request)
        require(actor, "services.handle_request", locked)
        message = RequestMessage.objects.create(
            request=locked,
            author=actor,
            from_department=locked.department,
            body=body,
            content_locale=normalise_language(content_locale),
        )
        before = locked.status
        locked.status = S.ANSWERED
        if locked.assignee_id is None and actor.department_id == locked.department_id:
            locked.assignee = actor  # whoever answers an unassigned request owns it
        locked.save(update_fields=["status", "assignee", "updated_at"])
        record_request_event(locked, "replied", actor=actor, from_status=before)
    notify.notify_reply(locked, message)
    return message


def add_internal_note(consulting_request: ConsultingRequest, *, actor, body: str) -> InternalNote:
    """A note for the departments only; never shown or sent to the requester."""
    body = _text(body, _("Please write the note."))
    with transaction.atomic():
        locked = lock_request(consulting_request)
        require(actor, "services.handle_request", locked)
        note = InternalNote.objects.create(
            request=locked, author=actor, department=actor.department, body=body
        )
    return note


def transfer_request(
    consulting_request: ConsultingRequest, *, actor, department, reason: str
) -> ConsultingRequest:
    """Hand the request to another department, which then sees it instead of this one."""
    reason = _text(reason, _("Please give the reason for the transfer."))
    with transaction.atomic():
        locked = lock_request(consulting_request)
        require(actor, "services.handle_request", locked)
        if department.pk == locked.department_id:
            raise DomainError(_("The request is already with this department."), code="same")
        before_status, before_department = locked.status, locked.department
        locked.department, locked.assignee, locked.status = department, None, S.SUBMITTED
        restart_deadline(locked, timezone.localdate())
        locked.save()
        record_request_event(
            locked,
            "transferred",
            actor=actor,
            from_status=before_status,
            from_department=before_department,
            reason=reason,
        )
    notify.notify_transferred(locked, reason=reason)
    return locked


def close_request(
    consulting_request: ConsultingRequest, *, actor, remark: str = ""
) -> ConsultingRequest:
    """Finish the request; the requester may then rate the service."""
    remark = (remark or "").strip()
    with transaction.atomic():
        locked = lock_request(consulting_request)
        require(actor, "services.handle_request", locked)
        before = locked.status
        locked.status, locked.closed_at = S.CLOSED, timezone.now()
        locked.save(update_fields=["status", "closed_at", "updated_at"])
        record_request_event(locked, "closed", actor=actor, from_status=before, reason=remark)
    notify.notify_closed(locked, remark=remark)
    return locked


def follow_up_request(
    consulting_request: ConsultingRequest, *, actor, body: str, content_locale: str
) -> RequestMessage:
    """The requester adds to an open request; an answered one goes back to the department."""
    body = _text(body, _("Please write your message."))
    with transaction.atomic():
        locked = lock_request(consulting_request)
        require(actor, "services.follow_up_request", locked)
        message = RequestMessage.objects.create(
            request=locked,
            author=actor,
            body=body,
            content_locale=normalise_language(content_locale),
        )
        before = locked.status
        if locked.status == S.ANSWERED:
            locked.status = S.IN_PROGRESS if locked.assignee_id else S.SUBMITTED
            restart_deadline(locked, timezone.localdate())
        locked.save()
        record_request_event(locked, "followed_up", actor=actor, from_status=before)
    notify.notify_follow_up(locked, message, handlers_of(locked))
    return message
