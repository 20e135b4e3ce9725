"""An event's structure: sessions, breaks, tables or rooms, roles, and the slots cut from them."""

from __future__ import annotations

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from duijie.common.audit import record_event
from duijie.common.errors import DomainError
from duijie.common.permissions import require
from duijie.events.models import (
    Event,
    EventBreak,
    EventSession,
    EventTable,
    ParticipantRole,
    Slot,
)

MAX_TABLES = 1000


def add_session(event: Event, *, actor, fields: dict) -> EventSession:
    """Add a session within the event's days and cut its meeting slots."""
    require(actor, "events.manage_event", event)
    _check_within_days(event, fields["starts_at"], fields["ends_at"])
    with transaction.atomic():
        session = EventSession.objects.create(event=event, **fields)
        rebuild_slots(event)
        record_event(event, "event.session_added", actor=actor, session=session.pk)
    return session


def delete_session(session: EventSession, *, actor) -> None:
    """Remove a session; refused while meetings are scheduled in it."""
    event = session.event
    require(actor, "events.manage_event", event)
    with transaction.atomic():
        _refuse_if_meetings(Slot.objects.filter(session=session))
        session.delete()
        rebuild_slots(event)
        record_event(event, "event.session_removed", actor=actor)


def add_break(event: Event, *, actor, fields: dict) -> EventBreak:
    """Add a break; slots overlapping it disappear (refused if they hold meetings)."""
    require(actor, "events.manage_event", event)
    with transaction.atomic():
        pause = EventBreak.objects.create(event=event, **fields)
        rebuild_slots(event)
        record_event(event, "event.break_added", actor=actor, pause=pause.pk)
    return pause


def delete_break(pause: EventBreak, *, actor) -> None:
    """Remove a break; the time it covered becomes meeting slots again."""
    event = pause.event
    require(actor, "events.manage_event", event)
    with transaction.atomic():
        pause.delete()
        rebuild_slots(event)
        record_event(event, "event.break_removed", actor=actor)


def _check_within_days(event: Event, starts_at, ends_at) -> None:
    first = timezone.localtime(starts_at).date()
    last = timezone.localtime(ends_at).date()
    if ends_at <= starts_at:
        raise DomainError(_("A session must end after it starts."), code="session_order")
    if first < event.starts_on or last > event.ends_on:
        raise DomainError(_("A session must fall within the event's days."), code="session_days")


def _refuse_if_meetings(slots) -> None:
    if slots.filter(meetings__isnull=False).exists():
        raise DomainError(
            _("Meetings are scheduled in this time; move or clear them first."),
            code="slots_in_use",
        )


def slot_windows(event: Event) -> list[tuple[EventSession, datetime.datetime, datetime.datetime]]:
    """Consecutive slots of `slot_minutes` in each meeting session, skipping breaks."""
    length = datetime.timedelta(minutes=event.slot_minutes)
    breaks = [(b.starts_at, b.ends_at) for b in event.breaks.all()]
    windows = []
    for session in event.sessions.filter(has_meetings=True):
        start = session.starts_at
        while start + length <= session.ends_at:
            end = start + length
            overlap = next((b for b in breaks if b[0] < end and start < b[1]), None)
            if overlap is None:
                windows.append((session, start, end))
                start = end
            else:
                start = overlap[1]  # the next slot starts when the break ends
    return _without_overlaps(windows)


def _without_overlaps(windows: list) -> list:
    """Overlapping meeting sessions would give overlapping slots; keep the earlier ones."""
    kept: list = []
    for window in sorted(windows, key=lambda w: (w[1], w[0].pk)):
        if not kept or window[1] >= kept[-1][2]:
            kept.append(window)
    return kept


def rebuild_slots(event: Event) -> int:
    """Make the stored slots match the sessions; keep slots that did not change."""
    wanted = {(start, end): session for session, start, end in slot_windows(event)}
    existing = {(s.starts_at, s.ends_at): s for s in event.slots.all()}
    stale = [slot.pk for key, slot in existing.items() if key not in wanted]
    _refuse_if_meetings(Slot.objects.filter(pk__in=stale))
    Slot.objects.filter(pk__in=stale).delete()
    for (start, end), session in wanted.items():
        slot = existing.get((start, end))
        if slot is None:
            Slot.objects.create(event=event, session=session, starts_at=start, ends_at=end)
        elif slot.session_id != session.pk:
            slot.session = session
            slot.save(update_fields=["session"])
    return len(wanted)


def set_tables(event: Event, *, actor, labels: list[str]) -> list[EventTable]:
    """Make the event's tables exactly `labels`, in order; tables with meetings must stay."""
    require(actor, "events.manage_event", event)
    labels = list(dict.fromkeys(label.strip() for label in labels if label.strip()))
    if len(labels) > MAX_TABLES:
        raise DomainError(_("At most 1,000 tables or rooms."), code="too_many_tables")
    with transaction.atomic():
        removed = event.tables.exclude(label__in=labels)
        if removed.filter(meetings__isnull=False).exists():
            raise DomainError(
                _("A table you removed has meetings; move them first."), code="table_in_use"
            )
        removed.delete()
        for position, label in enumerate(labels):
            EventTable.objects.update_or_create(
                event=event, label=label, defaults={"position": position}
            )
        record_event(event, "event.tables_set", actor=actor, count=len(labels))
    return list(event.tables.all())


def add_role(event: Event, *, actor, name_zh: str, name_en: str) -> ParticipantRole:
    """Add a participant role (e.g. Singapore delegation / 新加坡代表团)."""
    require(actor, "events.manage_event", event)
    with transaction.atomic():
        position = event.roles.count()
        role = ParticipantRole.objects.create(
            event=event, name_zh=name_zh, name_en=name_en, position=position
        )
        record_event(event, "event.role_added", actor=actor, role=role.pk)
    return role


def delete_role(role: ParticipantRole, *, actor) -> None:
    """Remove a role; its participants keep their registration without a role."""
    require(actor, "events.manage_event", role.event)
    with transaction.atomic():
        record_event(role.event, "event.role_removed", actor=actor, role=role.pk)
        role.delete()
