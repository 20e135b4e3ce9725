"""Taking part: the participant directory with recommendations, requests and preferences."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from duijie.common.errors import DomainError
from duijie.events.domain import requests as request_domain
from duijie.events.domain.queries import approved_participants, requests_of
from duijie.events.domain.recommendations import recommend_counterparts
from duijie.events.interfaces.participation_forms import (
    AcceptForm,
    DeclineForm,
    PreferenceForm,
    RequestForm,
)
from duijie.events.interfaces.recommendations import reason_text
from duijie.events.models import Preference
from duijie.listings.domain.queries import listing_visible_to
from duijie.listings.models import Visibility
from duijie.web.views.events.common import (
    get_event,
    get_own_participation,
    get_participant,
    get_request,
    safe_next,
)
from duijie.web.views.helpers import paginate, require_perm, run_domain


@login_required
def people(request, event_id: int):
    event = get_event(request, event_id)
    me = get_own_participation(request, event)
    others = approved_participants(event).exclude(pk=me.pk).prefetch_related("listings")
    text = request.GET.get("q", "").strip()[:100]
    if text:
        others = others.filter(
            Q(user__full_name__icontains=text)
            | Q(organisation__name_zh__icontains=text)
            | Q(organisation__name_en__icontains=text)
            | Q(offer__icontains=text)
            | Q(seek__icontains=text)
        )
    page = paginate(request, others.order_by("organisation__name_en", "pk"), 30)
    recommendations = [] if text else recommend_counterparts(me, viewer=request.user)
    for item in recommendations:
        item.reason = reason_text(item)
    _mark_preferences(me, [*page.object_list, *(r.participant for r in recommendations)])
    context = {
        "event": event,
        "me": me,
        "page": page,
        "q": text,
        "recommendations": recommendations,
        "asked": _requested_ids(me),
        "requests_left": request_domain.requests_left(me),
        "preference_form": PreferenceForm(),
    }
    return render(request, "web/events/people.html", context)


def _mark_preferences(me, people) -> None:
    """Attach my preference for each person, and the listings I may see of theirs."""
    levels = dict(Preference.objects.filter(participant=me).values_list("counterpart_id", "level"))
    for person in people:
        person.my_preference = levels.get(person.pk, "")
        # Anonymous listings would give away their authors, so they are never shown here.
        person.shown_listings = [
            listing
            for listing in person.listings.all()
            if listing_visible_to(listing, me.user) and listing.visibility != Visibility.ANONYMOUS
        ]


def _requested_ids(me) -> set[int]:
    pairs = requests_of(me).values_list("sender_id", "receiver_id")
    return {pk for pair in pairs for pk in pair} - {me.pk}


@login_required
def request_new(request, event_id: int, participant_id: int):
    event = get_event(request, event_id)
    me = get_own_participation(request, event)
    receiver = get_participant(event, participant_id)
    if not receiver.is_approved:
        raise PermissionDenied
    initial = {"content_locale": request.LANGUAGE_CODE}
    form = RequestForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            request_domain.send_request(me, receiver, actor=request.user, **form.cleaned_data)
        except DomainError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Request sent."))
            return redirect("web:events_requests", event_id=event.pk)
    context = {"event": event, "form": form, "receiver": receiver, "me": me}
    return render(request, "web/events/request_form.html", context)


@login_required
def request_list(request, event_id: int):
    event = get_event(request, event_id)
    me = get_own_participation(request, event)
    mine = requests_of(me)
    context = {
        "event": event,
        "me": me,
        "received": mine.filter(receiver=me),
        "sent": mine.filter(sender=me),
        "accept_form": AcceptForm(),
        "decline_form": DeclineForm(),
        "requests_left": request_domain.requests_left(me),
    }
    return render(request, "web/events/requests.html", context)


@login_required
@require_POST
def request_accept(request, event_id: int, request_id: int):
    event = get_event(request, event_id)
    meeting_request = get_request(event, request_id)
    require_perm(request, "events.respond_request", meeting_request)
    form = AcceptForm(request.POST)
    priority = form.cleaned_data["priority"] if form.is_valid() else "happy"
    run_domain(
        request,
        request_domain.accept_request,
        meeting_request,
        actor=request.user,
        priority=priority,
        success=_("Accepted. The meeting will be placed in the schedule."),
    )
    return redirect("web:events_requests", event_id=event.pk)


@login_required
def request_decline(request, event_id: int, request_id: int):
    event = get_event(request, event_id)
    meeting_request = get_request(event, request_id)
    require_perm(request, "events.respond_request", meeting_request)
    form = DeclineForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            request_domain.decline_request(
                meeting_request, actor=request.user, reason=form.cleaned_data["reason"]
            )
        except DomainError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Declined."))
            return redirect("web:events_requests", event_id=event.pk)
    context = {"event": event, "form": form, "meeting_request": meeting_request}
    return render(request, "web/events/decline.html", context, status=400 if form.errors else 200)


@login_required
@require_POST
def request_withdraw(request, event_id: int, request_id: int):
    event = get_event(request, event_id)
    meeting_request = get_request(event, request_id)
    require_perm(request, "events.withdraw_request", meeting_request)
    run_domain(
        request,
        request_domain.withdraw_request,
        meeting_request,
        actor=request.user,
        success=_("Withdrawn."),
    )
    return redirect("web:events_requests", event_id=event.pk)


@login_required
@require_POST
def preference_set(request, event_id: int, participant_id: int):
    event = get_event(request, event_id)
    me = get_own_participation(request, event)
    counterpart = get_participant(event, participant_id)
    form = PreferenceForm(request.POST)
    if form.is_valid():
        run_domain(
            request,
            request_domain.set_preference,
            me,
            counterpart,
            actor=request.user,
            level=form.cleaned_data["level"],
            success=_("Preference saved."),
        )
    else:
        messages.error(request, _("Choose a valid preference."))
    return redirect(safe_next(request, f"/events/{event.pk}/people/"))
