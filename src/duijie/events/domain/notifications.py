"""Emails to an event's organisers about registrations, each in the organiser's own language."""

from __future__ import annotations

from django.conf import settings
from django.urls import reverse

from duijie.common.models.notifications import NotificationKind
from duijie.common.notify import email_users
from duijie.events.models import Participant, ParticipantStatus

REGISTERED = "registered"
WITHDRAWN = "withdrawn"


def registrations_url(event, *, status: str = "") -> str:
    """The organisers' registrations page, optionally filtered by status."""
    path = reverse("web:events_participants", args=[event.pk])
    query = f"?status={status}" if status else ""
    return f"{settings.SITE_URL.rstrip('/')}{path}{query}"


def notify_organisers(participant: Participant, *, kind: str) -> int:
    """Tell the organisers of an approval event that someone registered or withdrew."""
    event = participant.event
    if not (event.requires_approval and event.is_published):
        return 0
    organisers = event.organisers.filter(is_active=True).exclude(pk=participant.user_id)
    pending = event.participants.filter(status=ParticipantStatus.PENDING).count()
    status = ParticipantStatus.PENDING if kind == REGISTERED else ""
    return email_users(
        organisers.order_by("pk"),
        subject_template="events/email/organiser_registration_subject.txt",
        body_template="events/email/organiser_registration_body.txt",
        context={
            "participant": participant,
            "event": event,
            "kind": kind,
            "pending": pending,
            "registrations_url": registrations_url(event, status=status),
        },
        kind=NotificationKind.REGISTRATION,
        url=reverse("web:events_participants", args=[event.pk]),
    )
