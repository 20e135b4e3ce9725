"""Registration: a signed-in user registers their organisation; the organiser admits them."""

from __future__ import annotations

from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from duijie.common.audit import record_event
from duijie.common.errors import DomainError
from duijie.common.models.notifications import NotificationKind
from duijie.common.notify import email_user
from duijie.common.permissions import require
from duijie.events.domain.notifications import REGISTERED, WITHDRAWN, notify_organisers
from duijie.events.models import (
    OPEN_STATUSES,
    Event,
    Meeting,
    MeetingRequest,
    Participant,
    ParticipantStatus,
    RequestStatus,
)

PROFILE_FIELDS = ("role", "offer", "seek", "content_locale")


def register_participant(
    event: Event, *, actor, organisation, fields: dict, listings=(), sessions=()
) -> Participant:
    """Register `actor` for the event on behalf of one of their organisations."""
    require(actor, "events.register", event)
    if not event.registration_open():
        raise DomainError(_("Registration for this event is closed."), code="closed")
    if not actor.memberships.filter(organisation=organisation).exists():
        raise DomainError(
            _("You can only register an organisation you belong to."), code="not_member"
        )
    with transaction.atomic():
        participant, created = Participant.objects.get_or_create(
            event=event, user=actor, defaults={"organisation": organisation}
        )
        if not created and participant.status != ParticipantStatus.WITHDRAWN:
            raise DomainError(_("You are already registered for this event."), code="registered")
        participant.organisation = organisation
        participant.status = (
            ParticipantStatus.PENDING if event.requires_approval else ParticipantStatus.APPROVED
        )
        _save_profile(participant, fields, listings, sessions)
        record_event(participant, "participant.registered", actor=actor)
        transaction.on_commit(lambda: notify_organisers(participant, kind=REGISTERED))
    return participant


def update_participation(
    participant: Participant, *, actor, fields: dict, listings=(), sessions=()
) -> Participant:
    """Change the event profile: offer, seek, role, linked listings, sessions attended."""
    require(actor, "events.edit_participation", participant)
    with transaction.atomic():
        _save_profile(participant, fields, listings, sessions)
        record_event(participant, "participant.edited", actor=actor)
    return participant


def _save_profile(participant: Participant, fields: dict, listings, sessions) -> None:
    unknown = set(fields) - set(PROFILE_FIELDS)
    if unknown:
        raise ValueError(f"not profile fields: {sorted(unknown)}")
    event = participant.event
    role = fields.get("role")
    if role is not None and role.event_id != event.pk:
        raise DomainError(_("Choose one of this event's roles."), code="role")
    foreign = [x for x in listings if x.organisation_id != participant.organisation_id]
    if foreign:
        raise DomainError(_("Link only your own organisation's listings."), code="listings")
    if any(session.event_id != event.pk for session in sessions):
        raise DomainError(_("Choose sessions of this event."), code="sessions")
    for name, value in fields.items():
        setattr(participant, name, value)
    participant.save()
    participant.listings.set(listings)
    participant.sessions.set(sessions)


def approve_participant(participant: Participant, *, actor) -> Participant:
    """Admit a registration; the participant is told by email in their language."""
    return _decide(participant, ParticipantStatus.APPROVED, actor=actor)


def decline_participant(participant: Participant, *, actor) -> Participant:
    """Turn a registration down; the participant is told by email."""
    return _decide(participant, ParticipantStatus.DECLINED, actor=actor)


def _decide(participant: Participant, status: str, *, actor) -> Participant:
    require(actor, "events.manage_event", participant.event)
    if participant.status == ParticipantStatus.WITHDRAWN:
        raise DomainError(_("This participant has withdrawn."), code="withdrawn")
    with transaction.atomic():
        participant.status = status
        participant.decided_at = timezone.now()
        participant.save(update_fields=["status", "decided_at", "updated_at"])
        if status != ParticipantStatus.APPROVED:
            _release(participant)
        record_event(participant, f"participant.{status}", actor=actor)
        transaction.on_commit(lambda: _tell_decision(participant))
    return participant


def _tell_decision(participant: Participant) -> None:
    email_user(
        participant.user,
        subject_template="events/email/decision_subject.txt",
        body_template="events/email/decision_body.txt",
        context={"participant": participant, "event": participant.event},
        kind=NotificationKind.REGISTRATION,
        url=reverse("web:events_detail", args=[participant.event_id]),
    )


def withdraw_participation(participant: Participant, *, actor) -> Participant:
    """Leave the event: open requests are withdrawn and planned meetings removed."""
    require(actor, "events.edit_participation", participant)
    was_taking_part = participant.status in (ParticipantStatus.PENDING, ParticipantStatus.APPROVED)
    with transaction.atomic():
        participant.status = ParticipantStatus.WITHDRAWN
        participant.save(update_fields=["status", "updated_at"])
        _release(participant)
        record_event(participant, "participant.withdrawn", actor=actor)
        if was_taking_part:
            transaction.on_commit(lambda: notify_organisers(participant, kind=WITHDRAWN))
    return participant


def _release(participant: Participant) -> None:
    """Someone no longer taking part frees their requests and planned meetings."""
    involved = Q(sender=participant) | Q(receiver=participant)
    MeetingRequest.objects.filter(involved, status__in=OPEN_STATUSES).update(
        status=RequestStatus.WITHDRAWN, responded_at=timezone.now()
    )
    Meeting.objects.filter(Q(a=participant) | Q(b=participant), attendance="planned").delete()


def set_participant_quota(participant: Participant, *, actor, max_meetings: int | None) -> None:
    """Give one participant a different meeting quota than the event's default."""
    require(actor, "events.manage_event", participant.event)
    with transaction.atomic():
        participant.max_meetings = max_meetings
        participant.save(update_fields=["max_meetings", "updated_at"])
        record_event(participant, "participant.quota_set", actor=actor, quota=max_meetings)
