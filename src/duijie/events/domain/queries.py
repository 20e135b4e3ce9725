"""Which events, participants and meetings a user may see: shared by pages and the API."""

from __future__ import annotations

from django.db.models import Q, QuerySet
from django.utils import timezone

from duijie.common.permissions import is_platform_admin
from duijie.events.models import (
    Event,
    EventStatus,
    Meeting,
    MeetingRequest,
    Participant,
    ParticipantStatus,
    Slot,
)


def visible_events(user) -> QuerySet[Event]:
    """Published events for everyone; drafts and cancelled ones for their organisers too."""
    if is_platform_admin(user):
        return Event.objects.all()
    condition = Q(status=EventStatus.PUBLISHED)
    if user.is_authenticated:
        condition |= Q(organisers=user)
    return Event.objects.filter(condition).distinct()


def managed_events(user) -> QuerySet[Event]:
    """Events the user organises (every event for platform administrators)."""
    if not user.is_authenticated:
        return Event.objects.none()
    if is_platform_admin(user):
        return Event.objects.all()
    return Event.objects.filter(organisers=user)


def upcoming_events(user) -> QuerySet[Event]:
    return visible_events(user).filter(ends_on__gte=timezone.localdate()).order_by("starts_on")


def participation_of(event: Event, user) -> Participant | None:
    """The user's registration for the event, if any."""
    if not user.is_authenticated:
        return None
    return event.participants.filter(user=user).select_related("organisation", "role").first()


def approved_participants(event: Event) -> QuerySet[Participant]:
    return event.participants.filter(status=ParticipantStatus.APPROVED).select_related(
        "user", "organisation", "role"
    )


def requests_of(participant: Participant) -> QuerySet[MeetingRequest]:
    """Every request the participant sent or received."""
    return (
        MeetingRequest.objects.filter(Q(sender=participant) | Q(receiver=participant))
        .select_related("sender__organisation", "receiver__organisation")
        .select_related("sender__user", "receiver__user")
    )


def meetings_of(participant: Participant) -> QuerySet[Meeting]:
    return (
        Meeting.objects.filter(Q(a=participant) | Q(b=participant))
        .select_related("slot", "table", "a__user", "b__user", "a__organisation")
        .select_related("b__organisation")
        .order_by("slot__starts_at")
    )


def event_meetings(event: Event) -> QuerySet[Meeting]:
    return event.meetings.select_related(
        "slot", "table", "a__user", "b__user", "a__organisation", "b__organisation"
    )


def current_slot(event: Event, now=None) -> Slot | None:
    """The slot in progress, or else the next one, or else the last one."""
    now = now or timezone.now()
    slots = event.slots.all()
    return (
        slots.filter(starts_at__lte=now, ends_at__gt=now).first()
        or slots.filter(starts_at__gt=now).first()
        or slots.last()
    )
