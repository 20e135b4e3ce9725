"""Meeting requests: send with a note, accept, decline with a reason, withdraw, expire."""

from __future__ import annotations

import datetime

from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from duijie.common.audit import record_event
from duijie.common.errors import DomainError
from duijie.common.models.notifications import NotificationKind
from duijie.common.notify import email_user
from duijie.common.permissions import require
from duijie.events.models import (
    OPEN_STATUSES,
    EventStatus,
    Meeting,
    MeetingRequest,
    Participant,
    Preference,
    PreferenceLevel,
    RequestMode,
    RequestStatus,
)


def pair_blocked(one: Participant, other: Participant) -> bool:
    """Whether either side said "no thanks" to the other."""
    return Preference.objects.filter(
        Q(participant=one, counterpart=other) | Q(participant=other, counterpart=one),
        level=PreferenceLevel.NO,
    ).exists()


def open_requests_sent(participant: Participant) -> int:
    return participant.sent_requests.filter(status__in=OPEN_STATUSES).count()


def requests_left(participant: Participant) -> int:
    """How many more requests the participant may send under the event's quota."""
    return max(0, participant.event.max_requests - open_requests_sent(participant))


def request_between(one: Participant, other: Participant) -> MeetingRequest | None:
    return MeetingRequest.objects.filter(
        Q(sender=one, receiver=other) | Q(sender=other, receiver=one)
    ).first()


def send_request(
    sender: Participant,
    receiver: Participant,
    *,
    actor,
    note: str = "",
    content_locale: str = "zh-hans",
    priority: str = PreferenceLevel.HAPPY,
) -> MeetingRequest:
    """Ask to meet another participant; in opt-out events the request stands at once."""
    require(actor, "events.edit_participation", sender)
    _check_can_request(sender, receiver)
    event = sender.event
    opt_out = event.request_mode == RequestMode.OPT_OUT
    with transaction.atomic():
        request = MeetingRequest.objects.create(
            event=event,
            sender=sender,
            receiver=receiver,
            note=note.strip(),
            content_locale=content_locale,
            status=RequestStatus.ACCEPTED if opt_out else RequestStatus.PENDING,
            expires_at=None if opt_out else expiry_time(event),
        )
        _prefer(sender, receiver, priority)
        record_event(request, "request.sent", actor=actor)
        transaction.on_commit(lambda: _tell(receiver.user, "request_received", request))
    return request


def _check_can_request(sender: Participant, receiver: Participant) -> None:
    if sender.event_id != receiver.event_id or sender.pk == receiver.pk:
        raise DomainError(_("You cannot send this request."), code="invalid_pair")
    if not (sender.is_approved and receiver.is_approved):
        raise DomainError(
            _("Both sides must be admitted participants of the event."), code="not_admitted"
        )
    if sender.organisation_id == receiver.organisation_id:
        raise DomainError(
            _("You cannot request a meeting with your own organisation."), code="same_org"
        )
    if sender.event.status != EventStatus.PUBLISHED or sender.event.ends_on < timezone.localdate():
        raise DomainError(_("The event is over or cancelled."), code="over")
    if pair_blocked(sender, receiver):
        raise DomainError(_("A meeting between you is not possible."), code="blocked")
    if request_between(sender, receiver) is not None:
        raise DomainError(_("There is already a request between you."), code="duplicate")
    if requests_left(sender) <= 0:
        raise DomainError(
            _("You have reached this event's limit of %(limit)d open requests.")
            % {"limit": sender.event.max_requests},
            code="request_quota",
        )


def expiry_time(event) -> datetime.datetime:
    """Unanswered requests expire after the event's days, and at the latest when it starts."""
    expiry = timezone.now() + datetime.timedelta(days=event.request_expiry_days)
    first = event.sessions.order_by("starts_at").values_list("starts_at", flat=True).first()
    return min(expiry, first) if first and first > timezone.now() else expiry


def _prefer(participant: Participant, counterpart: Participant, level: str) -> None:
    if level not in (PreferenceLevel.MUST, PreferenceLevel.HAPPY):
        raise DomainError(_("Choose “must meet” or “happy to meet”."), code="priority")
    Preference.objects.update_or_create(
        participant=participant, counterpart=counterpart, defaults={"level": level}
    )


def accept_request(
    request: MeetingRequest, *, actor, priority: str = PreferenceLevel.HAPPY
) -> MeetingRequest:
    """Accept a pending request; the scheduler will then place the meeting."""
    require(actor, "events.respond_request", request)
    with transaction.atomic():
        request = MeetingRequest.objects.select_for_update().get(pk=request.pk)
        if request.status != RequestStatus.PENDING or _is_past_expiry(request):
            raise DomainError(_("This request can no longer be accepted."), code="not_pending")
        _prefer(request.receiver, request.sender, priority)
        _respond(request, RequestStatus.ACCEPTED, actor=actor)
        transaction.on_commit(lambda: _tell(request.sender.user, "request_accepted", request))
    return request


def decline_request(request: MeetingRequest, *, actor, reason: str) -> MeetingRequest:
    """Decline a request with a reason the sender will read; a planned meeting is removed."""
    require(actor, "events.respond_request", request)
    if not reason.strip():
        raise DomainError(_("Please give a reason."), code="reason")
    with transaction.atomic():
        request = MeetingRequest.objects.select_for_update().get(pk=request.pk)
        if request.status not in OPEN_STATUSES:
            raise DomainError(_("This request is no longer open."), code="not_open")
        _refuse_if_meeting_fixed(request)
        request.decline_reason = reason.strip()
        _respond(request, RequestStatus.DECLINED, actor=actor)
        transaction.on_commit(lambda: _tell(request.sender.user, "request_declined", request))
    return request


def withdraw_request(request: MeetingRequest, *, actor) -> MeetingRequest:
    """The sender takes back an open request; a planned meeting is removed."""
    require(actor, "events.withdraw_request", request)
    with transaction.atomic():
        request = MeetingRequest.objects.select_for_update().get(pk=request.pk)
        if request.status not in OPEN_STATUSES:
            raise DomainError(_("This request is no longer open."), code="not_open")
        _refuse_if_meeting_fixed(request)
        _respond(request, RequestStatus.WITHDRAWN, actor=actor)
    return request


def _is_past_expiry(request: MeetingRequest) -> bool:
    return request.expires_at is not None and request.expires_at <= timezone.now()


def _refuse_if_meeting_fixed(request: MeetingRequest) -> None:
    meetings = pair_meetings(request.sender, request.receiver)
    if any(meeting.is_fixed for meeting in meetings):
        raise DomainError(
            _("The meeting is confirmed; ask the organiser to cancel it."), code="meeting_fixed"
        )
    meetings.delete()


def pair_meetings(one: Participant, other: Participant):
    low, high = sorted((one.pk, other.pk))
    return Meeting.objects.filter(a_id=low, b_id=high)


def _respond(request: MeetingRequest, status: str, *, actor) -> None:
    request.status = status
    request.responded_at = timezone.now()
    request.save(update_fields=["status", "decline_reason", "responded_at", "updated_at"])
    record_event(request, f"request.{status}", actor=actor)


def expire_requests(*, now: datetime.datetime | None = None) -> int:
    """Mark pending requests past their expiry time as expired; returns how many."""
    now = now or timezone.now()
    with transaction.atomic():
        stale = MeetingRequest.objects.filter(status=RequestStatus.PENDING, expires_at__lte=now)
        ids = list(stale.values_list("pk", flat=True))
        MeetingRequest.objects.filter(pk__in=ids).update(
            status=RequestStatus.EXPIRED, responded_at=now
        )
    return len(ids)


def set_preference(participant: Participant, counterpart: Participant, *, actor, level: str):
    """Say how much you want to meet someone; "no thanks" blocks the pair for scheduling."""
    require(actor, "events.edit_participation", participant)
    if counterpart.event_id != participant.event_id or counterpart.pk == participant.pk:
        raise DomainError(_("You cannot set this preference."), code="invalid_pair")
    if level not in PreferenceLevel.values:
        raise DomainError(_("Choose a valid preference."), code="level")
    with transaction.atomic():
        if level == PreferenceLevel.NO:
            pair_meetings(participant, counterpart).filter(
                locked=False, attendance="planned"
            ).delete()
        preference, _created = Preference.objects.update_or_create(
            participant=participant, counterpart=counterpart, defaults={"level": level}
        )
        record_event(participant, "participant.preference", actor=actor, level=level)
    return preference


def _tell(user, kind: str, request: MeetingRequest) -> None:
    email_user(
        user,
        subject_template=f"events/email/{kind}_subject.txt",
        body_template=f"events/email/{kind}_body.txt",
        context={"request": request, "event": request.event},
        kind=NotificationKind.MEETING_REQUEST
        if kind == "request_received"
        else NotificationKind.MEETING_ACCEPTED,
        url=reverse("web:events_requests", args=[request.event_id]),
    )
