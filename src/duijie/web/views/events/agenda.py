"""Agendas: the personal page, its .ics and PDF, and agenda emails."""

from __future__ import annotations

import segno
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from duijie.events.domain.agenda import agenda_items
from duijie.events.domain.checkin import checkin_token
from duijie.events.domain.outcomes import own_outcome
from duijie.events.domain.queries import participation_of
from duijie.events.interfaces.agenda_mail import send_agenda, send_agendas
from duijie.events.interfaces.ical import participant_calendar
from duijie.events.interfaces.pdf import agenda_pdf
from duijie.web.views.events.common import get_event, get_managed_event, get_participant
from duijie.web.views.helpers import run_domain


def _agenda_participant(request, event_id: int, participant_id: int):
    """A participant whose agenda the user may read (their own, or as organiser), else 404."""
    event = get_event(request, event_id)
    participant = get_participant(event, participant_id)
    if not request.user.has_perm("events.view_agenda", participant):
        raise Http404
    return event, participant


def checkin_url(request, participant) -> str:
    path = reverse("web:events_checkin_token", args=[checkin_token(participant)])
    return request.build_absolute_uri(path)


@login_required
def my_agenda(request, event_id: int):
    event = get_event(request, event_id)
    participant = participation_of(event, request.user)
    if participant is None or not participant.is_approved:
        messages.info(request, _("Your agenda appears once the organiser has admitted you."))
        return redirect("web:events_detail", event_id=event.pk)
    return _render_agenda(request, event, participant)


@login_required
def participant_agenda(request, event_id: int, participant_id: int):
    event, participant = _agenda_participant(request, event_id, participant_id)
    return _render_agenda(request, event, participant)


def _render_agenda(request, event, participant):
    is_self = participant.user_id == request.user.pk
    rows = []
    for item in agenda_items(participant):
        # Private notes are shown to their author only, never to organisers.
        mine = own_outcome(item.meeting, participant) if is_self and item.meeting else None
        rows.append((item, mine))
    qr = segno.make(checkin_url(request, participant), error="m")
    context = {
        "event": event,
        "participant": participant,
        "rows": rows,
        "checkin_qr": mark_safe(
            qr.svg_inline(scale=4, title="check-in")
        ),  # segno escapes its own SVG
        "now": timezone.now(),
        "is_self": is_self,
        "can_manage": request.user.has_perm("events.manage_event", event),
    }
    return render(request, "web/events/agenda.html", context)


@login_required
def agenda_ics(request, event_id: int, participant_id: int):
    event, participant = _agenda_participant(request, event_id, participant_id)
    response = HttpResponse(
        participant_calendar(participant), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="agenda-{event.pk}.ics"'
    return response


@login_required
def agenda_pdf_view(request, event_id: int, participant_id: int):
    event, participant = _agenda_participant(request, event_id, participant_id)
    pdf = agenda_pdf(participant, checkin_url=checkin_url(request, participant))
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="agenda-{event.pk}-{participant.pk}.pdf"'
    return response


@login_required
@require_POST
def agenda_send(request, event_id: int, participant_id: int):
    event, participant = _agenda_participant(request, event_id, participant_id)
    run_domain(request, send_agenda, participant, actor=request.user, success=_("Agenda sent."))
    return redirect(
        "web:events_participant_agenda", event_id=event.pk, participant_id=participant.pk
    )


@login_required
@require_POST
def agendas_send_all(request, event_id: int):
    event = get_managed_event(request, event_id)
    count = run_domain(request, send_agendas, event, actor=request.user)
    if count is not None:
        messages.success(request, _("%(count)d agendas sent.") % {"count": count})
    return redirect("web:events_schedule", event_id=event.pk)
