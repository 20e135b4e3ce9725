"""Submitting a consulting request: routing, deadline, attachments, acknowledgement."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from duijie.common.errors import DomainError, PermissionDenied
from duijie.common.i18n import normalise_language
from duijie.common.permissions import require
from duijie.services.domain.attachments import (
    check_uploads,
    files_removed_on_failure,
    store_attachments,
)
from duijie.services.domain.deadlines import reply_due_on
from duijie.services.domain.history import record_request_event
from duijie.services.domain.notifications import notify_submitted
from duijie.services.domain.routing import routing_rule_for
from duijie.services.models import ConsultingRequest, RequestCategory


def submit_request(
    *,
    actor,
    category: RequestCategory,
    subject: str,
    description: str,
    content_locale: str,
    organisation=None,
    uploads=(),
) -> ConsultingRequest:
    """Create a request routed to the category's department; every file is checked first."""
    require(actor, "services.submit_request")
    _check_organisation(actor, organisation)
    subject, description = _required_text(subject, description)
    rule = routing_rule_for(category)
    checked = check_uploads(uploads)
    with files_removed_on_failure() as stored, transaction.atomic():
        consulting_request = ConsultingRequest.objects.create(
            requester=actor,
            organisation=organisation,
            category=category,
            subject=subject,
            description=description,
            content_locale=normalise_language(content_locale),
            department=rule.department,
            due_on=reply_due_on(timezone.localdate(), rule),
        )
        record_request_event(consulting_request, "submitted", actor=actor)
        store_attachments(consulting_request, checked, actor=actor, stored=stored)
    notify_submitted(consulting_request)
    return consulting_request


def _check_organisation(actor, organisation) -> None:
    """A request may speak for an organisation only if the requester belongs to it."""
    if (
        organisation is not None
        and not actor.memberships.filter(organisation_id=organisation.pk).exists()
    ):
        raise PermissionDenied(_("You can only ask on behalf of your own organisation."))


def _required_text(subject: str, description: str) -> tuple[str, str]:
    subject, description = (subject or "").strip(), (description or "").strip()
    if not subject or not description:
        raise DomainError(_("Please give a subject and describe your question."), code="empty")
    return subject, description
