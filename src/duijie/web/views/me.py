"""My Duijie: the landing page after login, one section per role, each item linking onward.

The sections only combine the areas' own visibility querysets (interests, meeting requests,
consulting requests, work items, managed events); nothing here decides who may see what.
"""

from __future__ import annotations

import datetime

from django.contrib.auth.decorators import login_required
from django.db.models import Count, Q
from django.shortcuts import render
from django.utils import timezone

from duijie.common.notifications import notifications_of
from duijie.events.domain.queries import managed_events, meetings_of, requests_of, upcoming_events
from duijie.events.models import Participant, ParticipantStatus, RequestStatus
from duijie.matching.domain import pipeline, workspace
from duijie.services.domain.queries import visible_requests
from duijie.services.models.requests import AWAITING_DEPARTMENT
from duijie.taskforce.domain.access import is_coordinator, unit_of, visible_work_items

SHOWN = 8
WORK_ITEMS_AHEAD = datetime.timedelta(days=30)


def _matching(user) -> dict:
    since = workspace.matches_seen_at(user)
    return {
        "since": since,
        "new_matches": workspace.new_matches(user, since=since),
        "to_answer": list(workspace.interests_to_answer(user)[:SHOWN]),
        "sent": list(workspace.interests_sent(user)[:SHOWN]),
        "unread_threads": list(workspace.unread_threads(user)[:SHOWN]),
    }


def _events(user) -> dict:
    mine = Participant.objects.filter(user=user, event__in=upcoming_events(user))
    mine = mine.exclude(status=ParticipantStatus.WITHDRAWN).select_related("event")
    now = timezone.now()
    requests, meetings = [], []
    for participant in mine:
        received = requests_of(participant).filter(receiver=participant)
        requests += received.filter(status=RequestStatus.PENDING).select_related("event")
        meetings += meetings_of(participant).filter(slot__starts_at__gte=now)[:3]
    meetings.sort(key=lambda meeting: meeting.slot.starts_at)
    return {"participations": list(mine), "requests": requests[:SHOWN], "meetings": meetings[:5]}


def _services(user) -> dict:
    mine = visible_requests(user).filter(requester=user, status__in=AWAITING_DEPARTMENT)
    return {"my_requests": list(mine.select_related("department").order_by("due_on")[:SHOWN])}


def _government(user) -> dict:
    if unit_of(user) is None and not is_coordinator(user):
        return {}
    today = timezone.localdate()
    handled = visible_requests(user).filter(
        department_id=user.department_id, status__in=AWAITING_DEPARTMENT
    )
    items = visible_work_items(user).filter(
        done_on__isnull=True, due_date__lte=today + WORK_ITEMS_AHEAD
    )
    return {
        "department_requests": list(handled.select_related("category").order_by("due_on")[:SHOWN]),
        "work_items": list(items.order_by("due_date")[:SHOWN]),
        "today": today,
    }


def _organiser(user) -> list:
    pending = Count("participants", filter=Q(participants__status=ParticipantStatus.PENDING))
    events = managed_events(user).filter(ends_on__gte=timezone.localdate())
    return list(events.annotate(pending=pending).order_by("starts_on")[:SHOWN])


def _broker(user) -> dict:
    if not user.is_broker:
        return {}
    return {
        "cases": list(pipeline.cases_of(user)[:SHOWN]),
        "queue": pipeline.broker_queue(actor=user).count(),
    }


@login_required
def my_duijie(request):
    user = request.user
    context = {
        "member": user.memberships.exists(),
        "notifications": list(notifications_of(user)[:5]),
        **_matching(user),
        **_events(user),
        **_services(user),
        "government": _government(user),
        "organised": _organiser(user),
        "broker": _broker(user),
    }
    response = render(request, "web/me/index.html", context)
    # Matches shown now are no longer new on the next visit.
    workspace.mark_matches_seen(user)
    return response
