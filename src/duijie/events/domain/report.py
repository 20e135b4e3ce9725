"""The event report: registration, requests, meetings, attendance and outcomes."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count

from duijie.directory.models import Country
from duijie.events.models import (
    Attendance,
    Event,
    MeetingOutcome,
    OutcomeResult,
    ParticipantStatus,
    RequestStatus,
)


@dataclass(frozen=True)
class EventReport:
    registered: int  # registrations not withdrawn
    approved: int
    checked_in: int
    requests: int  # every request sent
    accepted: int  # requests standing as accepted
    declined: int
    expired: int
    scheduled: int  # meetings in the schedule
    held: int
    no_shows: int  # meetings marked as no-show
    outcomes: dict[str, int]  # result -> number of sides that recorded it
    countries: dict[str, int]  # country label -> admitted participants

    @property
    def no_show_rate(self) -> float | None:
        """Share of meetings with recorded attendance that were missed."""
        recorded = self.held + self.no_shows
        return self.no_shows / recorded if recorded else None

    @property
    def acceptance_rate(self) -> float | None:
        answered = self.accepted + self.declined + self.expired
        return self.accepted / answered if answered else None

    def outcome_rows(self) -> list[tuple[str, str, int]]:
        return [(r.value, r.label, self.outcomes.get(r.value, 0)) for r in OutcomeResult]


def event_report(event: Event) -> EventReport:
    """The figures of one event, counted from its records."""
    participants = event.participants.exclude(status=ParticipantStatus.WITHDRAWN)
    approved = participants.filter(status=ParticipantStatus.APPROVED)
    requests = _count_by(event.meeting_requests.all(), "status")
    attendance = _count_by(event.meetings.all(), "attendance")
    outcomes = _count_by(MeetingOutcome.objects.filter(meeting__event=event), "result")
    countries = _count_by(approved, "organisation__country")
    return EventReport(
        registered=participants.count(),
        approved=approved.count(),
        checked_in=approved.filter(checked_in_at__isnull=False).count(),
        requests=sum(requests.values()),
        accepted=requests.get(RequestStatus.ACCEPTED, 0),
        declined=requests.get(RequestStatus.DECLINED, 0),
        expired=requests.get(RequestStatus.EXPIRED, 0),
        scheduled=sum(attendance.values()),
        held=attendance.get(Attendance.HELD, 0),
        no_shows=attendance.get(Attendance.NO_SHOW, 0),
        outcomes=outcomes,
        countries={str(Country(code).label): n for code, n in countries.items() if code},
    )


def _count_by(queryset, field: str) -> dict[str, int]:
    rows = queryset.order_by().values(field).annotate(n=Count("pk"))
    return {row[field]: row["n"] for row in rows}
