"""After the event: outcomes recorded by each side, the report and its Excel export."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from duijie.common.errors import DomainError
from duijie.events.domain.outcomes import own_outcome, record_outcome, side_of
from duijie.events.domain.report import event_report
from duijie.events.interfaces.excel import report_response
from duijie.events.interfaces.participation_forms import OutcomeForm
from duijie.web.views.events.common import get_event, get_managed_event, get_meeting


@login_required
def outcome(request, event_id: int, meeting_id: int):
    event = get_event(request, event_id)
    meeting = get_meeting(event, meeting_id)
    if not request.user.has_perm("events.record_outcome", meeting):
        raise Http404
    me = side_of(meeting, request.user)
    existing = own_outcome(meeting, me)
    initial = {"content_locale": request.LANGUAGE_CODE}
    if existing is not None:
        initial = {
            "result": existing.result,
            "notes": existing.notes,
            "content_locale": existing.content_locale,
        }
    form = OutcomeForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            record_outcome(meeting, actor=request.user, **form.cleaned_data)
        except DomainError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Outcome saved."))
            return redirect("web:events_agenda", event_id=event.pk)
    context = {
        "event": event,
        "meeting": meeting,
        "counterpart": meeting.other_side(me),
        "form": form,
    }
    return render(request, "web/events/outcome.html", context, status=400 if form.errors else 200)


@login_required
def report(request, event_id: int):
    event = get_managed_event(request, event_id)
    figures = event_report(event)
    largest_outcome = max([count for _v, _l, count in figures.outcome_rows()] + [1])
    largest_country = max([*figures.countries.values(), 1])
    context = {
        "event": event,
        "report": figures,
        "funnel": _funnel(figures),
        "largest_outcome": largest_outcome,
        "largest_country": largest_country,
    }
    return render(request, "web/events/report.html", context)


def _funnel(figures) -> list[tuple[str, int, int]]:
    """(label, value, percent of the largest) for the CSS bar chart."""
    steps = [
        (_("Registered"), figures.registered),
        (_("Admitted"), figures.approved),
        (_("Requests sent"), figures.requests),
        (_("Requests accepted"), figures.accepted),
        (_("Meetings scheduled"), figures.scheduled),
        (_("Meetings held"), figures.held),
    ]
    largest = max([value for _label, value in steps] + [1])
    return [(label, value, round(100 * value / largest)) for label, value in steps]


@login_required
def report_xlsx(request, event_id: int):
    event = get_managed_event(request, event_id)
    return report_response(event, event_report(event))
