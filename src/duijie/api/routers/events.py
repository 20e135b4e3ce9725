"""API of the events area: events, my participation, requests, agenda; schedules for organisers.

Every endpoint applies the same rules as the pages: hidden events are 404, organiser-only
data is 403 for others, and a participant reads only their own agenda and requests. Writes
call the same domain functions as the pages; their refusals become 403 (permission) or 400
(business rule) with the translated message.
"""

from __future__ import annotations

import datetime

from django.http import Http404
from django.shortcuts import get_object_or_404
from ninja import Router, Schema
from ninja.errors import HttpError
from ninja.pagination import paginate
from ninja.responses import Status
from ninja.security import django_auth
from pydantic import Field

from duijie.api.access import require
from duijie.api.pagination import PageNumberPagination
from duijie.api.schemas import OrganisationBrief
from duijie.common.errors import DomainError, PermissionDenied
from duijie.events.domain import requests as request_domain
from duijie.events.domain.agenda import agenda_items
from duijie.events.domain.queries import participation_of, requests_of, visible_events
from duijie.events.domain.report import event_report
from duijie.events.domain.scheduling import latest_run
from duijie.events.models import Event, MeetingRequest, Participant

router = Router()


class SessionOut(Schema):
    id: int
    name_zh: str
    name_en: str
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    has_meetings: bool


class EventOut(Schema):
    id: int
    kind: str
    name_zh: str
    name_en: str
    description_zh: str
    description_en: str
    venue_zh: str
    venue_en: str
    online_link: str
    starts_on: datetime.date
    ends_on: datetime.date
    registration_opens_at: datetime.datetime
    registration_closes_at: datetime.datetime
    request_mode: str
    slot_minutes: int
    max_meetings: int
    max_requests: int
    status: str
    is_sample: bool


class EventDetailOut(EventOut):
    sessions: list[SessionOut]


class ParticipantBrief(Schema):
    id: int
    full_name: str
    organisation: OrganisationBrief


class AgendaItemOut(Schema):
    kind: str
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    title_zh: str
    title_en: str
    table: str | None = None
    counterpart: ParticipantBrief | None = None


class MeetingRequestOut(Schema):
    id: int
    direction: str
    status: str
    counterpart: ParticipantBrief
    note: str
    decline_reason: str
    expires_at: datetime.datetime | None


class MeetingRequestIn(Schema):
    receiver_id: int
    note: str = ""
    content_locale: str = "zh-hans"
    priority: str = "happy"


class AcceptIn(Schema):
    priority: str = "happy"


class MeetingDeclineIn(Schema):
    reason: str = Field(max_length=2000)


class RunOut(Schema):
    status: str
    source: str
    meetings: int
    weight: float
    upper_bound: float | None
    gap: float | None
    created_at: datetime.datetime


class EventReportOut(Schema):
    registered: int
    approved: int
    checked_in: int
    requests: int
    accepted: int
    scheduled: int
    held: int
    no_shows: int
    no_show_rate: float | None
    outcomes: dict[str, int]


def _event(request, event_id: int) -> Event:
    event = get_object_or_404(Event, pk=event_id)
    if not request.user.has_perm("events.view_event", event):
        raise Http404
    return event


def _managed(request, event_id: int) -> Event:
    event = _event(request, event_id)
    require(request, "events.manage_event", event)
    return event


def _me(request, event: Event) -> Participant:
    require(request, "events.take_part", event)
    return participation_of(event, request.user)


def action(*args, **kwargs):
    """Domain refusals become 403 (permission) or 400 (business rule) with the message."""
    try:
        return action(*args, **kwargs)
    except PermissionDenied as error:
        raise HttpError(403, str(error.message)) from None
    except DomainError as error:
        raise HttpError(400, str(error.message)) from None


def _received(request, event_id: int, request_id: int) -> MeetingRequest:
    """A request the caller may answer: 404 if they may not see it, 403 if not its receiver."""
    event = _event(request, event_id)
    related = ("sender__user", "sender__organisation", "receiver__user", "event")
    queryset = MeetingRequest.objects.select_related(*related)
    item = get_object_or_404(queryset, pk=request_id, event=event)
    if not request.user.has_perm("events.view_request", item):
        raise Http404
    require(request, "events.respond_request", item)
    return item


def _brief(participant: Participant) -> dict:
    return {
        "id": participant.pk,
        "full_name": participant.user.full_name,
        "organisation": participant.organisation,
    }


@router.get("", response=list[EventOut], summary="Events visible to the caller")
@paginate(PageNumberPagination, page_size=20)
def list_events(request):
    return visible_events(request.user).order_by("-starts_on", "-pk")


@router.get("/{event_id}", response=EventDetailOut, summary="One event with its programme")
def get_event(request, event_id: int):
    event = _event(request, event_id)
    return {
        **{f: getattr(event, f) for f in EventOut.model_fields},
        "sessions": event.sessions.all(),
    }


@router.get("/{event_id}/agenda", response=list[AgendaItemOut], summary="My agenda")
def my_agenda(request, event_id: int):
    me = _me(request, _event(request, event_id))
    return [_agenda_item(item) for item in agenda_items(me)]


def _agenda_item(item) -> dict:
    if item.meeting is not None:
        name = item.counterpart.user.full_name
        return {
            "kind": "meeting",
            "starts_at": item.starts_at,
            "ends_at": item.ends_at,
            "title_zh": name,
            "title_en": name,
            "table": item.meeting.table.label,
            "counterpart": _brief(item.counterpart),
        }
    named = item.session or item.pause
    return {
        "kind": item.kind,
        "starts_at": item.starts_at,
        "ends_at": item.ends_at,
        "title_zh": named.name_zh,
        "title_en": named.name_en,
    }


@router.get("/{event_id}/requests", response=list[MeetingRequestOut], summary="My requests")
def my_requests(request, event_id: int):
    me = _me(request, _event(request, event_id))
    return [_request_out(item, me) for item in requests_of(me)]


def _request_out(item, me: Participant) -> dict:
    sent = item.sender_id == me.pk
    return {
        "id": item.pk,
        "direction": "sent" if sent else "received",
        "status": item.status,
        "counterpart": _brief(item.receiver if sent else item.sender),
        "note": item.note,
        "decline_reason": item.decline_reason,
        "expires_at": item.expires_at,
    }


@router.post(
    "/{event_id}/requests",
    response={201: MeetingRequestOut},
    auth=django_auth,  # session auth with its CSRF check, as for the pages' forms
    summary="Send a request",
)
def send_request(request, event_id: int, payload: MeetingRequestIn):
    event = _event(request, event_id)
    me = _me(request, event)
    receiver = get_object_or_404(Participant, pk=payload.receiver_id, event=event)
    created = request_domain.send_request(
        me,
        receiver,
        actor=request.user,
        note=payload.note,
        content_locale=payload.content_locale,
        priority=payload.priority,
    )
    return Status(201, _request_out(created, me))


@router.post(
    "/{event_id}/requests/{request_id}/accept",
    response=MeetingRequestOut,
    auth=django_auth,
    summary="Accept a request I received",
)
def accept_request(request, event_id: int, request_id: int, payload: AcceptIn | None = None):
    item = _received(request, event_id, request_id)
    priority = payload.priority if payload is not None else "happy"
    answered = request_domain.accept_request(item, actor=request.user, priority=priority)
    return _request_out(answered, item.receiver)


@router.post(
    "/{event_id}/requests/{request_id}/decline",
    response=MeetingRequestOut,
    auth=django_auth,
    summary="Decline a request I received, with a reason the sender reads",
)
def decline_request(request, event_id: int, request_id: int, payload: MeetingDeclineIn):
    item = _received(request, event_id, request_id)
    answered = request_domain.decline_request(item, actor=request.user, reason=payload.reason)
    return _request_out(answered, item.receiver)


@router.get("/{event_id}/schedule", response=RunOut | None, summary="Latest scheduling run")
def schedule_status(request, event_id: int):
    run = latest_run(_managed(request, event_id))
    if run is None:
        return None
    fields = {name: getattr(run, name) for name in RunOut.model_fields}
    return fields


@router.get("/{event_id}/report", response=EventReportOut, summary="Event report figures")
def report(request, event_id: int):
    figures = event_report(_managed(request, event_id))
    fields = {name: getattr(figures, name) for name in EventReportOut.model_fields}
    return fields
