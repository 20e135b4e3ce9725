"""Registration and the organisers' participant list."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from duijie.common import phrases
from duijie.common.errors import DomainError
from duijie.events.domain import registration
from duijie.events.domain.queries import participation_of
from duijie.events.interfaces.forms import QuotaForm
from duijie.events.interfaces.participation_forms import RegistrationForm
from duijie.events.models import ParticipantStatus
from duijie.web.views.events.common import (
    get_event,
    get_managed_event,
    get_participant,
    safe_next,
)
from duijie.web.views.helpers import paginate, require_perm, run_domain


@login_required
def register(request, event_id: int):
    event = get_event(request, event_id)
    require_perm(request, "events.register", event)
    existing = participation_of(event, request.user)
    if existing is not None and existing.status != ParticipantStatus.WITHDRAWN:
        return redirect("web:events_profile", event_id=event.pk)
    if not request.user.memberships.exists():
        messages.info(request, _("Register your organisation first, then come back."))
        return redirect("web:organisation_create")
    initial = {"content_locale": request.LANGUAGE_CODE}
    form = RegistrationForm(request.POST or None, event=event, user=request.user, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            participant = registration.register_participant(
                event,
                actor=request.user,
                organisation=form.cleaned_data["organisation"],
                fields=form.profile_fields(),
                listings=form.cleaned_data["listings"],
                sessions=form.cleaned_data["sessions"],
            )
        except DomainError as error:
            form.add_error(None, error.message)
        else:
            if participant.is_approved:
                messages.success(request, _("You are registered."))
            else:
                messages.success(request, _("Registered. The organiser will review it shortly."))
            return redirect("web:events_detail", event_id=event.pk)
    return render(request, "web/events/register.html", {"form": form, "event": event})


@login_required
def profile(request, event_id: int):
    event = get_event(request, event_id)
    participant = participation_of(event, request.user)
    if participant is None or participant.status == ParticipantStatus.WITHDRAWN:
        return redirect("web:events_register", event_id=event.pk)
    initial = {
        "role": participant.role,
        "offer": participant.offer,
        "seek": participant.seek,
        "content_locale": participant.content_locale,
        "listings": list(participant.listings.all()),
        "sessions": list(participant.sessions.all()),
    }
    form = RegistrationForm(
        request.POST or None,
        event=event,
        user=request.user,
        participant=participant,
        initial=initial,
    )
    if request.method == "POST" and form.is_valid():
        try:
            registration.update_participation(
                participant,
                actor=request.user,
                fields=form.profile_fields(),
                listings=form.cleaned_data["listings"],
                sessions=form.cleaned_data["sessions"],
            )
        except DomainError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, phrases.CHANGES_SAVED)
            return redirect("web:events_detail", event_id=event.pk)
    context = {"form": form, "event": event, "participant": participant}
    return render(request, "web/events/register.html", context)


@login_required
@require_POST
def withdraw(request, event_id: int):
    event = get_event(request, event_id)
    participant = participation_of(event, request.user)
    if participant is not None:
        run_domain(
            request,
            registration.withdraw_participation,
            participant,
            actor=request.user,
            success=_("You have withdrawn from the event."),
        )
    return redirect("web:events_detail", event_id=event.pk)


@login_required
def participant_list(request, event_id: int):
    event = get_managed_event(request, event_id)
    status = request.GET.get("status", "")
    participants = event.participants.select_related("user", "organisation", "role")
    if status in ParticipantStatus.values:
        participants = participants.filter(status=status)
    context = {
        "event": event,
        "page": paginate(request, participants.order_by("status", "user__full_name"), 50),
        "status": status,
        "statuses": ParticipantStatus.choices,
        "quota_form": QuotaForm(),
    }
    return render(request, "web/events/participants.html", context)


def _decide(request, event_id: int, participant_id: int, action, success: str):
    event = get_managed_event(request, event_id)
    participant = get_participant(event, participant_id)
    run_domain(request, action, participant, actor=request.user, success=success)
    return redirect(safe_next(request, reverse("web:events_participants", args=[event.pk])))


@login_required
@require_POST
def participant_approve(request, event_id: int, participant_id: int):
    return _decide(
        request, event_id, participant_id, registration.approve_participant, _("Admitted.")
    )


@login_required
@require_POST
def participant_decline(request, event_id: int, participant_id: int):
    return _decide(
        request, event_id, participant_id, registration.decline_participant, _("Not admitted.")
    )


@login_required
@require_POST
def participant_quota(request, event_id: int, participant_id: int):
    event = get_managed_event(request, event_id)
    participant = get_participant(event, participant_id)
    form = QuotaForm(request.POST)
    if form.is_valid():
        registration.set_participant_quota(
            participant, actor=request.user, max_meetings=form.cleaned_data["max_meetings"]
        )
        messages.success(request, _("Saved."))
    else:
        messages.error(request, _("Enter a number between 0 and 100."))
    return redirect("web:events_participants", event_id=event.pk)
