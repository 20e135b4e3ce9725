"""The event report as an Excel workbook: figures, meetings and outcomes (never notes)."""

from __future__ import annotations

import io

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from duijie.common.exports import XLSX_TYPE, append_row, build_workbook
from duijie.events.domain.queries import event_meetings
from duijie.events.domain.report import EventReport
from duijie.events.models import Event, MeetingOutcome, OutcomeResult


def figure_rows(report: EventReport) -> list[tuple[str, object]]:
    rate = report.no_show_rate
    rows = [
        (_("Registered"), report.registered),
        (_("Admitted"), report.approved),
        (_("Checked in"), report.checked_in),
        (_("Requests sent"), report.requests),
        (_("Requests accepted"), report.accepted),
        (_("Requests declined"), report.declined),
        (_("Requests expired"), report.expired),
        (_("Meetings scheduled"), report.scheduled),
        (_("Meetings held"), report.held),
        (_("No-show meetings"), report.no_shows),
        (_("No-show rate"), round(rate, 4) if rate is not None else ""),
    ]
    rows += [(label, count) for _value, label, count in report.outcome_rows()]
    return rows


def meeting_rows(event: Event) -> list[list]:
    results = {
        (o.meeting_id, o.participant_id): OutcomeResult(o.result).label
        for o in MeetingOutcome.objects.filter(meeting__event=event)
    }
    rows = []
    for m in event_meetings(event).order_by("slot__starts_at", "table__position"):
        rows.append(
            [
                timezone.localtime(m.slot.starts_at).replace(tzinfo=None),
                m.table.label,
                m.a.user.full_name,
                m.a.organisation.name,
                m.b.user.full_name,
                m.b.organisation.name,
                m.get_attendance_display(),
                results.get((m.pk, m.a_id), ""),
                results.get((m.pk, m.b_id), ""),
            ]
        )
    return rows


def report_response(event: Event, report: EventReport) -> HttpResponse:
    """An .xlsx download: one sheet of figures, one of meetings with each side's outcome."""
    book = build_workbook([_("Figure"), _("Value")], figure_rows(report), title=_("Figures"))
    sheet = book.create_sheet(_("Meetings")[:31])
    sheet.append(
        [
            _("Slot"),
            _("Table"),
            _("Participant A"),
            _("Organisation A"),
            _("Participant B"),
            _("Organisation B"),
            _("Attendance"),
            _("Outcome A"),
            _("Outcome B"),
        ]
    )
    for row in meeting_rows(event):
        append_row(sheet, row)
    buffer = io.BytesIO()
    book.save(buffer)
    response = HttpResponse(buffer.getvalue(), content_type=XLSX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="event-{event.pk}-report.xlsx"'
    return response
