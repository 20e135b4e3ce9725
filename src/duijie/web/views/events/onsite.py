"""On the day: check-in by search or QR code, no-shows, and the live board."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from duijie.common.errors import DomainError
from duijie.events.domain import checkin
from duijie.events.domain.queries import current_slot, event_meetings
from duijie.events.interfaces.participation_forms import CheckinSearchForm
from duijie.events.models import ParticipantStatus
from duijie.web.views.events.common import get_managed_event, get_participant, safe_next
from duijie.web.views.helpers import paginate, run_domain

BOARD_REFRESH_SECONDS = 30


@login_required
def checkin_desk(request, event_id: int):
    event = get_managed_event(request, event_id)
    form = CheckinSearchForm(request.GET or None)
    text = form.cleaned_data["q"] if form.is_valid() else ""
    participants = checkin.search_participants(event, text)
    context = {
        "event": event,
        "form": form,
        "page": paginate(request, participants, 50),
        "arrived": event.participants.filter(checked_in_at__isnull=False).count(),
        "expected": event.participants.filter(status=ParticipantStatus.APPROVED).count(),
    }
    return render(request, "web/events/checkin.html", context)


@login_required
@require_POST
def participant_checkin(request, event_id: int, participant_id: int):
    event = get_managed_event(request, event_id)
    participant = get_participant(event, participant_id)
    run_domain(request, checkin.check_in, participant, actor=request.user, success=_("Checked in."))
    return redirect(safe_next(request, f"/events/{event.pk}/checkin/"))


@login_required
@require_POST
def participant_no_show(request, event_id: int, participant_id: int):
    event = get_managed_event(request, event_id)
    participant = get_participant(event, participant_id)
    run_domain(
        request,
        checkin.mark_no_show,
        participant,
        actor=request.user,
        success=_("Marked as no-show; their open meetings are marked too."),
    )
    return redirect(safe_next(request, f"/events/{event.pk}/checkin/"))


@login_required
def checkin_token(request, token: str):
    """Where the agenda's QR code leads: organisers of that event can check the person in."""
    try:
        participant = checkin.participant_from_token(token)
    except DomainError as error:
        return render(
            request, "web/events/checkin_token.html", {"error": error.message}, status=400
        )
    event = participant.event
    if not request.user.has_perm("events.manage_event", event):
        if participant.user_id == request.user.pk:
            # A participant who scans their own code wants to check in: tell them how.
            raise PermissionDenied(_("This is your own check-in code: show it at the desk."))
        raise PermissionDenied
    if request.method == "POST":
        if run_domain(request, checkin.check_in, participant, actor=request.user):
            messages.success(request, _("Checked in."))
        return redirect("web:events_checkin_token", token=token)
    context = {"participant": participant, "event": event, "token": token}
    return render(request, "web/events/checkin_token.html", context)


@login_required
def live_board(request, event_id: int):
    event = get_managed_event(request, event_id)
    slot = event.slots.filter(pk=request.GET.get("slot") or 0).first() or current_slot(event)
    meetings = event_meetings(event).filter(slot=slot) if slot else []
    context = {
        "event": event,
        "slot": slot,
        "meetings": meetings,
        "previous": event.slots.filter(starts_at__lt=slot.starts_at).last() if slot else None,
        "next": event.slots.filter(starts_at__gt=slot.starts_at).first() if slot else None,
        "pinned": bool(request.GET.get("slot")),
        "refresh": BOARD_REFRESH_SECONDS,
    }
    response = render(request, "web/events/board.html", context)
    if not context["pinned"]:
        response["Refresh"] = str(BOARD_REFRESH_SECONDS)
    return response
