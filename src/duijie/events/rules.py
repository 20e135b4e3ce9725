"""Object-level permissions of the events area (autodiscovered by django-rules).

Objects passed to these predicates may be an Event or anything that belongs to one
(participant, request, meeting); `event_of` finds the event.
"""

from __future__ import annotations

import rules

from duijie.common.permissions import is_platform_admin, is_platform_staff
from duijie.events.models import EventStatus, ParticipantStatus


def event_of(obj):
    if obj is None:
        return None
    return obj if obj._meta.model_name == "event" else obj.event


@rules.predicate
def is_event_organiser(user, obj) -> bool:
    event = event_of(obj)
    if event is None or not user.is_authenticated:
        return False
    return event.organisers.filter(pk=user.pk).exists()


@rules.predicate
def event_is_published(user, obj) -> bool:
    event = event_of(obj)
    return event is not None and event.status == EventStatus.PUBLISHED


@rules.predicate
def is_approved_participant(user, obj) -> bool:
    event = event_of(obj)
    if event is None or not user.is_authenticated:
        return False
    return event.participants.filter(user=user, status=ParticipantStatus.APPROVED).exists()


@rules.predicate
def is_the_participant(user, participant) -> bool:
    return bool(
        participant is not None and user.is_authenticated and participant.user_id == user.pk
    )


@rules.predicate
def is_request_receiver(user, request) -> bool:
    return bool(
        request is not None and user.is_authenticated and request.receiver.user_id == user.pk
    )


@rules.predicate
def is_request_sender(user, request) -> bool:
    return bool(request is not None and user.is_authenticated and request.sender.user_id == user.pk)


@rules.predicate
def is_meeting_side(user, meeting) -> bool:
    if meeting is None or not user.is_authenticated:
        return False
    return user.pk in (meeting.a.user_id, meeting.b.user_id)


can_manage = is_event_organiser | is_platform_admin

rules.add_perm("events.create_event", is_platform_staff)
rules.add_perm("events.view_event", event_is_published | can_manage)
rules.add_perm("events.manage_event", can_manage)
rules.add_perm("events.register", rules.is_authenticated & event_is_published)
rules.add_perm("events.take_part", is_approved_participant)
rules.add_perm("events.view_agenda", is_the_participant | can_manage)
rules.add_perm("events.edit_participation", is_the_participant)
rules.add_perm("events.respond_request", is_request_receiver)
rules.add_perm("events.withdraw_request", is_request_sender)
rules.add_perm("events.view_request", is_request_sender | is_request_receiver | can_manage)
rules.add_perm("events.record_outcome", is_meeting_side)
