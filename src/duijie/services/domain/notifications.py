"""Emails about consulting requests, each in its recipient's language.

Internal notes are never passed to any of these templates: requesters must not learn of
them, and departments read them on the page.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.conf import settings
from django.urls import reverse

from duijie.common.models.notifications import NotificationKind
from duijie.common.notify import email_users
from duijie.directory.models import User
from duijie.services.domain.people import department_staff

TEMPLATE_DIR = "services/email"
KINDS = {
    "received": NotificationKind.REQUEST_RECEIVED,
    "new": NotificationKind.REQUEST_RECEIVED,
    "assigned": NotificationKind.REQUEST_RECEIVED,
    "reply": NotificationKind.REQUEST_ANSWERED,
    "transferred": NotificationKind.REQUEST_ANSWERED,
    "closed": NotificationKind.REQUEST_ANSWERED,
    "follow_up": NotificationKind.MESSAGE,
    "reminder": NotificationKind.DEADLINE_NEAR,
    "escalation": NotificationKind.DEADLINE_NEAR,
}


def request_url(consulting_request) -> str:
    path = reverse("web:services_request_detail", args=[consulting_request.pk])
    return f"{settings.SITE_URL.rstrip('/')}{path}"


def _send(recipients: Iterable[User], name: str, consulting_request, **extra) -> int:
    context = {"req": consulting_request, "request_url": request_url(consulting_request), **extra}
    return email_users(
        recipients,
        subject_template=f"{TEMPLATE_DIR}/{name}_subject.txt",
        body_template=f"{TEMPLATE_DIR}/{name}_body.txt",
        context=context,
        kind=KINDS[name],
        url=reverse("web:services_request_detail", args=[consulting_request.pk]),
    )


def notify_submitted(consulting_request) -> int:
    """Acknowledge to the requester; tell the responsible department something arrived."""
    sent = _send([consulting_request.requester], "received", consulting_request)
    return sent + _send(
        department_staff(consulting_request.department_id), "new", consulting_request
    )


def notify_assigned(consulting_request, *, actor) -> int:
    assignee = consulting_request.assignee
    if assignee is None or assignee == actor:
        return 0
    return _send([assignee], "assigned", consulting_request)


def notify_reply(consulting_request, message) -> int:
    return _send([consulting_request.requester], "reply", consulting_request, message=message)


def notify_follow_up(consulting_request, message, recipients: list[User]) -> int:
    return _send(recipients, "follow_up", consulting_request, message=message)


def notify_transferred(consulting_request, *, reason: str) -> int:
    sent = _send([consulting_request.requester], "transferred", consulting_request, reason=reason)
    staff = department_staff(consulting_request.department_id)
    return sent + _send(staff, "new", consulting_request, reason=reason)


def notify_closed(consulting_request, *, remark: str) -> int:
    return _send([consulting_request.requester], "closed", consulting_request, remark=remark)


def notify_reminder(consulting_request, recipients: list[User]) -> int:
    return _send(recipients, "reminder", consulting_request)


def notify_escalation(consulting_request, recipients: list[User], *, days_late: int) -> int:
    return _send(recipients, "escalation", consulting_request, days_late=days_late)
