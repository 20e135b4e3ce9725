"""After the meeting: each side records the outcome and private notes only it can read."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from duijie.common.audit import record_event
from duijie.common.errors import DomainError
from duijie.common.permissions import require
from duijie.events.models import Attendance, Meeting, MeetingOutcome, OutcomeResult, Participant


def side_of(meeting: Meeting, user) -> Participant:
    """The meeting's participant that `user` is."""
    for person in (meeting.a, meeting.b):
        if person.user_id == user.pk:
            return person
    raise DomainError(_("You did not take part in this meeting."), code="not_side")


def own_outcome(meeting: Meeting, participant: Participant) -> MeetingOutcome | None:
    """The outcome this side recorded; the other side's is never returned."""
    return MeetingOutcome.objects.filter(meeting=meeting, participant=participant).first()


def record_outcome(
    meeting: Meeting, *, actor, result: str, notes: str = "", content_locale: str = "zh-hans"
) -> MeetingOutcome:
    """Record or update this side's outcome; the meeting counts as held from then on."""
    require(actor, "events.record_outcome", meeting)
    participant = side_of(meeting, actor)
    if result not in OutcomeResult.values:
        raise DomainError(_("Choose an outcome."), code="result")
    if meeting.slot.starts_at > timezone.now():
        raise DomainError(_("The meeting has not started yet."), code="not_started")
    if meeting.attendance == Attendance.NO_SHOW:
        raise DomainError(_("This meeting is marked as a no-show."), code="no_show")
    with transaction.atomic():
        outcome, _created = MeetingOutcome.objects.update_or_create(
            meeting=meeting,
            participant=participant,
            defaults={"result": result, "notes": notes.strip(), "content_locale": content_locale},
        )
        if meeting.attendance == Attendance.PLANNED:
            meeting.attendance = Attendance.HELD
            meeting.save(update_fields=["attendance"])
        record_event(meeting, "meeting.outcome", actor=actor, result=result)
    return outcome
