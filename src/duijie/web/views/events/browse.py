"""Public pages: the list of events, an event's page and its calendar file."""

from __future__ import annotations

from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone

from duijie.events.domain.queries import managed_events, participation_of, visible_events
from duijie.events.domain.requests import requests_left
from duijie.events.interfaces.ical import event_calendar
from duijie.events.models import EventStatus
from duijie.web.views.events.common import get_event
from duijie.web.views.helpers import paginate


def event_list(request):
    today = timezone.localdate()
    show_past = request.GET.get("past") == "1"
    events = visible_events(request.user)
    events = events.filter(ends_on__lt=today) if show_past else events.filter(ends_on__gte=today)
    events = events.order_by("-starts_on" if show_past else "starts_on")
    context = {
        "page": paginate(request, events),
        "show_past": show_past,
        "managed": managed_events(request.user).exclude(status=EventStatus.PUBLISHED)[:20],
        "can_create": request.user.has_perm("events.create_event"),
    }
    return render(request, "web/events/list.html", context)


def event_detail(request, event_id: int):
    event = get_event(request, event_id)
    participant = participation_of(event, request.user)
    context = {
        "event": event,
        "participant": participant,
        "sessions": event.sessions.all(),
        "breaks": event.breaks.all(),
        "roles": event.roles.all(),
        "can_manage": request.user.has_perm("events.manage_event", event),
        "registration_open": event.registration_open(),
        "requests_left": requests_left(participant) if participant else None,
    }
    return render(request, "web/events/detail.html", context)


def event_ics(request, event_id: int):
    event = get_event(request, event_id)
    response = HttpResponse(event_calendar(event), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="event-{event.pk}.ics"'
    return response
