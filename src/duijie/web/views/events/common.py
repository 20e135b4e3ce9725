"""Loading events and their objects for views, with the permission rules applied."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.http import url_has_allowed_host_and_scheme

from duijie.events.domain.queries import participation_of
from duijie.events.models import Event, Meeting, MeetingRequest, Participant


def get_event(request, event_id: int) -> Event:
    """An event the user may see, or 404 — hidden drafts look like no event at all."""
    event = get_object_or_404(Event, pk=event_id)
    if not request.user.has_perm("events.view_event", event):
        raise Http404
    return event


def get_managed_event(request, event_id: int) -> Event:
    """An event the user organises: 404 if hidden from them, 403 if only visible."""
    event = get_event(request, event_id)
    if not request.user.has_perm("events.manage_event", event):
        raise PermissionDenied
    return event


def get_own_participation(request, event: Event) -> Participant:
    """The signed-in user's admitted participation, or 403."""
    participant = participation_of(event, request.user)
    if participant is None or not participant.is_approved:
        raise PermissionDenied
    return participant


def get_participant(event: Event, participant_id: int) -> Participant:
    return get_object_or_404(
        Participant.objects.select_related("user", "organisation", "event"),
        pk=participant_id,
        event=event,
    )


def get_meeting(event: Event, meeting_id: int) -> Meeting:
    return get_object_or_404(
        Meeting.objects.select_related("slot", "table", "a__user", "b__user", "event"),
        pk=meeting_id,
        event=event,
    )


def get_request(event: Event, request_id: int) -> MeetingRequest:
    return get_object_or_404(
        MeetingRequest.objects.select_related("sender__user", "receiver__user", "event"),
        pk=request_id,
        event=event,
    )


def safe_next(request, fallback: str) -> str:
    """The `next` field if it points into this site, else the fallback."""

    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}):
        return target
    return fallback
