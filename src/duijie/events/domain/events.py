"""Creating and running events: details, organisers, publication."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from duijie.common.audit import record_event
from duijie.common.errors import DomainError
from duijie.common.permissions import require
from duijie.directory.models import User
from duijie.events.domain.setup import rebuild_slots
from duijie.events.models import Event, EventStatus

EVENT_FIELDS = (
    "kind",
    "name_zh",
    "name_en",
    "description_zh",
    "description_en",
    "venue_zh",
    "venue_en",
    "online_link",
    "starts_on",
    "ends_on",
    "registration_opens_at",
    "registration_closes_at",
    "requires_approval",
    "request_mode",
    "slot_minutes",
    "max_meetings",
    "max_requests",
    "request_expiry_days",
)


def _check_fields(fields: dict) -> None:
    unknown = set(fields) - set(EVENT_FIELDS)
    if unknown:
        raise ValueError(f"not event fields: {sorted(unknown)}")
    if (
        fields.get("ends_on")
        and fields.get("starts_on")
        and fields["ends_on"] < fields["starts_on"]
    ):
        raise DomainError(_("The last day cannot be before the first day."), code="days")
    opens, closes = fields.get("registration_opens_at"), fields.get("registration_closes_at")
    if opens and closes and closes <= opens:
        raise DomainError(_("Registration must close after it opens."), code="registration_window")


def create_event(*, actor, fields: dict) -> Event:
    """Create a draft event; its creator becomes its first organiser."""
    require(actor, "events.create_event")
    _check_fields(fields)
    with transaction.atomic():
        event = Event.objects.create(created_by=actor, **fields)
        event.organisers.add(actor)
        record_event(event, "event.created", actor=actor)
    return event


def update_event(event: Event, *, actor, fields: dict) -> Event:
    """Change an event's details."""
    require(actor, "events.manage_event", event)
    _check_fields(fields)
    with transaction.atomic():
        slot_length_changed = fields.get("slot_minutes", event.slot_minutes) != event.slot_minutes
        for name, value in fields.items():
            setattr(event, name, value)
        event.save()
        if slot_length_changed:
            rebuild_slots(event)
        record_event(event, "event.edited", actor=actor, fields=sorted(fields))
    return event


def publish_event(event: Event, *, actor) -> Event:
    """Make a draft event visible to everyone so registration can open."""
    require(actor, "events.manage_event", event)
    if event.status != EventStatus.DRAFT:
        raise DomainError(_("Only a draft event can be published."), code="not_draft")
    return _set_status(event, EventStatus.PUBLISHED, actor=actor)


def cancel_event(event: Event, *, actor) -> Event:
    """Call the event off; it stays visible to its organisers."""
    require(actor, "events.manage_event", event)
    if event.status == EventStatus.CANCELLED:
        raise DomainError(_("The event is already cancelled."), code="cancelled")
    return _set_status(event, EventStatus.CANCELLED, actor=actor)


def _set_status(event: Event, status: str, *, actor) -> Event:
    with transaction.atomic():
        event.status = status
        event.save(update_fields=["status", "updated_at"])
        record_event(event, f"event.{status}", actor=actor)
    return event


def add_organiser(event: Event, *, actor, email: str) -> User:
    """Make the user with this email a co-organiser of the event."""
    require(actor, "events.manage_event", event)
    user = User.objects.filter(email__iexact=email.strip(), is_active=True).first()
    if user is None:
        raise DomainError(_("No active account uses this email address."), code="no_user")
    with transaction.atomic():
        event.organisers.add(user)
        record_event(event, "event.organiser_added", actor=actor, user=user.pk)
    return user


def remove_organiser(event: Event, *, actor, user: User) -> None:
    """Take a co-organiser off the event; the last organiser cannot be removed."""
    require(actor, "events.manage_event", event)
    if event.organisers.count() <= 1:
        raise DomainError(_("An event needs at least one organiser."), code="last_organiser")
    with transaction.atomic():
        event.organisers.remove(user)
        record_event(event, "event.organiser_removed", actor=actor, user=user.pk)
