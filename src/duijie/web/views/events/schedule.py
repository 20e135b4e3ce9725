"""Organisers' schedule pages: compute, inspect, export/import, table plan, single meetings."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from duijie.common.errors import DomainError
from duijie.events.domain import meetings as meeting_domain
from duijie.events.domain.exchange import export_instance, import_schedule
from duijie.events.domain.queries import event_meetings
from duijie.events.domain.scheduling import latest_run, schedule_event
from duijie.events.interfaces.participation_forms import (
    ManualMeetingForm,
    MoveForm,
    ScheduleImportForm,
)
from duijie.events.interfaces.pdf import table_plan_pdf
from duijie.events.models import Attendance, RunStatus
from duijie.web.views.events.common import get_managed_event, get_meeting, safe_next
from duijie.web.views.helpers import run_domain


def _slots_with_meetings(event):
    by_slot: dict = {}
    for meeting in event_meetings(event).order_by("slot__starts_at", "table__position"):
        by_slot.setdefault(meeting.slot, []).append(meeting)
    return list(by_slot.items())


def _schedule_page(request, event, status=200, **bound):
    run = latest_run(event)
    unscheduled = []
    if run is not None and run.status == RunStatus.DONE:
        unscheduled = run.unscheduled.select_related(
            "request__sender__user",
            "request__receiver__user",
            "request__sender__organisation",
            "request__receiver__organisation",
        )
    context = {
        "event": event,
        "run": run,
        "unscheduled": unscheduled,
        "slots": _slots_with_meetings(event),
        "import_form": ScheduleImportForm(),
        "meeting_form": ManualMeetingForm(event=event),
        "slot_count": event.slots.count(),
        "table_count": event.tables.count(),
        **bound,
    }
    return render(request, "web/events/schedule.html", context, status=status)


def _submit(request, event, form, key: str, action, *, success: str, error_field=None):
    """Run `action(form)` for a valid form and return to the schedule; else show the errors."""
    if form.is_valid():
        try:
            action(form)
        except DomainError as error:
            form.add_error(error_field, error.message)
        else:
            messages.success(request, success)
            return redirect("web:events_schedule", event_id=event.pk)
    return _schedule_page(request, event, status=400, **{key: form})


@login_required
def schedule_page(request, event_id: int):
    return _schedule_page(request, get_managed_event(request, event_id))


@login_required
@require_POST
def schedule_run(request, event_id: int):
    event = get_managed_event(request, event_id)
    run = run_domain(request, schedule_event, event, actor=request.user)
    if run is not None and run.status == RunStatus.FAILED:
        messages.error(request, _("Scheduling failed; the previous schedule is unchanged."))
    elif run is not None and run.status == RunStatus.DONE:
        messages.success(request, _("Schedule computed."))
    elif run is not None:
        messages.info(request, _("Scheduling runs in the background; reload in a minute."))
    return redirect("web:events_schedule", event_id=event.pk)


@login_required
def schedule_export(request, event_id: int):
    event = get_managed_event(request, event_id)
    try:
        data = export_instance(event, actor=request.user)
    except DomainError as error:
        messages.error(request, error.message)
        return redirect("web:events_schedule", event_id=event.pk)
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 1})
    response["Content-Disposition"] = f'attachment; filename="event-{event.pk}-instance.json"'
    return response


@login_required
@require_POST
def schedule_import(request, event_id: int):
    event = get_managed_event(request, event_id)
    return _submit(
        request,
        event,
        ScheduleImportForm(request.POST, request.FILES),
        "import_form",
        lambda f: import_schedule(event, actor=request.user, text=f.cleaned_data["schedule"]),
        success=_("Schedule imported."),
        error_field="schedule",
    )


@login_required
@require_POST
def meeting_add(request, event_id: int):
    event = get_managed_event(request, event_id)
    return _submit(
        request,
        event,
        ManualMeetingForm(request.POST, event=event),
        "meeting_form",
        lambda f: meeting_domain.add_meeting(event, actor=request.user, **f.cleaned_data),
        success=_("Meeting added and locked in place."),
    )


@login_required
def table_plan(request, event_id: int):
    event = get_managed_event(request, event_id)
    response = HttpResponse(table_plan_pdf(event), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="event-{event.pk}-tables.pdf"'
    return response


@login_required
def meeting_move(request, event_id: int, meeting_id: int):
    event = get_managed_event(request, event_id)
    meeting = get_meeting(event, meeting_id)
    form = MoveForm(request.POST or None, event=event)
    if request.method == "POST" and form.is_valid():
        try:
            meeting_domain.move_meeting(meeting, actor=request.user, **form.cleaned_data)
        except DomainError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Meeting moved and locked in place."))
            return redirect(safe_next(request, f"/events/{event.pk}/schedule/"))
    context = {
        "event": event,
        "meeting": meeting,
        "form": form,
        "options": meeting_domain.move_options(meeting),
    }
    return render(request, "web/events/move.html", context, status=400 if form.errors else 200)


@login_required
@require_POST
def meeting_lock(request, event_id: int, meeting_id: int):
    event = get_managed_event(request, event_id)
    meeting = get_meeting(event, meeting_id)
    locked = request.POST.get("locked") == "1"
    meeting_domain.set_locked(meeting, actor=request.user, locked=locked)
    messages.success(request, _("Locked in place.") if locked else _("Released."))
    return redirect(safe_next(request, f"/events/{event.pk}/schedule/"))


@login_required
@require_POST
def meeting_cancel(request, event_id: int, meeting_id: int):
    event = get_managed_event(request, event_id)
    meeting = get_meeting(event, meeting_id)
    run_domain(
        request, meeting_domain.cancel_meeting, meeting, actor=request.user, success=_("Removed.")
    )
    return redirect(safe_next(request, f"/events/{event.pk}/schedule/"))


@login_required
@require_POST
def meeting_attendance(request, event_id: int, meeting_id: int):
    event = get_managed_event(request, event_id)
    meeting = get_meeting(event, meeting_id)
    attendance = request.POST.get("attendance", "")
    if attendance in Attendance.values:
        meeting_domain.mark_attendance(meeting, actor=request.user, attendance=attendance)
        messages.success(request, _("Saved."))
    return redirect(safe_next(request, f"/events/{event.pk}/board/"))
