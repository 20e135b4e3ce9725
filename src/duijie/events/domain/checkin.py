"""On the day: signed check-in tokens (QR codes on agendas), check-in and no-shows."""

from __future__ import annotations

from django.core import signing
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from duijie.common.audit import record_event
from duijie.common.errors import DomainError
from duijie.common.permissions import require
from duijie.events.domain.meetings import participant_meetings
from duijie.events.models import Attendance, Event, Participant, ParticipantStatus

TOKEN_SALT = "duijie.events.checkin"


def checkin_token(participant: Participant) -> str:
    """A tamper-proof token naming the participant and the event, for the agenda's QR code."""
    return signing.dumps({"e": participant.event_id, "p": participant.pk}, salt=TOKEN_SALT)


def participant_from_token(token: str) -> Participant:
    """The participant a token names; forged or altered tokens are refused."""
    try:
        data = signing.loads(token, salt=TOKEN_SALT)
        participant = Participant.objects.select_related("event", "user", "organisation").get(
            pk=data["p"], event_id=data["e"]
        )
    except (signing.BadSignature, KeyError, TypeError, Participant.DoesNotExist):
        raise DomainError(_("This check-in code is not valid."), code="bad_token") from None
    return participant


def search_participants(event: Event, text: str) -> QuerySet[Participant]:
    """Admitted participants whose name, email or organisation contains the text."""
    queryset = event.participants.filter(status=ParticipantStatus.APPROVED).select_related(
        "user", "organisation", "role"
    )
    text = text.strip()[:100]
    if text:
        queryset = queryset.filter(
            Q(user__full_name__icontains=text)
            | Q(user__email__icontains=text)
            | Q(organisation__name_zh__icontains=text)
            | Q(organisation__name_en__icontains=text)
        )
    return queryset.order_by("user__full_name")


def check_in(participant: Participant, *, actor) -> Participant:
    """Record that the participant has arrived (clears a no-show mark)."""
    require(actor, "events.manage_event", participant.event)
    if participant.status != ParticipantStatus.APPROVED:
        raise DomainError(_("Only admitted participants can check in."), code="not_admitted")
    with transaction.atomic():
        participant.checked_in_at = participant.checked_in_at or timezone.now()
        participant.checked_in_by = participant.checked_in_by or actor
        participant.no_show = False
        participant.save(update_fields=["checked_in_at", "checked_in_by", "no_show", "updated_at"])
        record_event(participant, "participant.checked_in", actor=actor)
    return participant


def mark_no_show(participant: Participant, *, actor) -> Participant:
    """The participant did not come: their meetings not yet held become no-shows."""
    require(actor, "events.manage_event", participant.event)
    with transaction.atomic():
        participant.no_show = True
        participant.checked_in_at = None
        participant.save(update_fields=["no_show", "checked_in_at", "updated_at"])
        participant_meetings(participant).filter(attendance=Attendance.PLANNED).update(
            attendance=Attendance.NO_SHOW
        )
        record_event(participant, "participant.no_show", actor=actor)
    return participant
