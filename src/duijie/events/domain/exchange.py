"""Organisers download an event's scheduling problem and upload a schedule solved elsewhere.

An uploaded schedule is checked with the core's own validation: its meetings are put in
as if they were locked meetings of the event's instance, so every constraint (known ids,
availability, one meeting per person and per table in a slot, each pair once, quotas)
is checked by `validate_instance`. On top of that, meetings must be for accepted
requests or already fixed meetings, and fixed meetings must be kept where they are.
"""

from __future__ import annotations

import json
import math
import time
from collections import Counter
from dataclasses import replace

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from duijie.common.audit import record_event
from duijie.common.errors import DomainError
from duijie.common.permissions import require
from duijie.events import core
from duijie.events.domain.instance import EventInstance, build_instance, pair_key
from duijie.events.domain.scheduling import check_ready, store_schedule
from duijie.events.models import Event, MeetingSource, ScheduleRun, UnscheduledReason

MAX_UPLOAD_BYTES = 20 * 1024 * 1024


def export_instance(event: Event, *, actor) -> dict:
    """The event's problem in the exchange format, with names for the organiser's reading."""
    require(actor, "events.manage_event", event)
    check_ready(event)
    built = build_instance(event)
    data = core.instance_to_dict(built.instance)
    for item in data["participants"]:
        person = built.participants[item["id"]]
        item["name"] = person.user.full_name
        item["organisation"] = person.organisation.name
    data["event"] = {"id": event.pk, "name_zh": event.name_zh, "name_en": event.name_en}
    return data


class InvalidSchedule(DomainError):
    def __init__(self, message):
        super().__init__(message, code="invalid_schedule")


def import_schedule(event: Event, *, actor, text: str) -> ScheduleRun:
    """Validate an uploaded schedule against the event and store it in place of the old one."""
    require(actor, "events.manage_event", event)
    check_ready(event)
    started = time.monotonic()
    built = build_instance(event)
    meetings = _parse_meetings(text)
    _check_meetings(built, meetings)
    schedule = _as_schedule(built, meetings, _claimed_bound(text))
    with transaction.atomic():
        run = ScheduleRun.objects.create(
            event=event, requested_by=actor, source=MeetingSource.IMPORT
        )
        store_schedule(run, built, schedule, seconds=time.monotonic() - started)
        record_event(event, "event.schedule_imported", actor=actor, run=run.pk)
    run.refresh_from_db()
    return run


def _parse_meetings(text: str) -> list[core.Meeting]:
    try:
        data = json.loads(text)
        items = data["meetings"]
        return [core.Meeting(m["a"], m["b"], m["slot"], m["table"]) for m in items]
    except (ValueError, KeyError, TypeError):
        raise InvalidSchedule(
            _("The file is not a schedule: expected JSON with a list of meetings.")
        ) from None


def _claimed_bound(text: str) -> float | None:
    value = json.loads(text).get("upper_bound")
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _check_meetings(built: EventInstance, meetings: list[core.Meeting]) -> None:
    fixed = set(built.instance.locked)
    given = {_normal(m) for m in meetings}
    missing = [m for m in fixed if _normal(m) not in given]
    if missing:
        raise InvalidSchedule(
            _("The schedule moves or drops a confirmed meeting (%(a)s, %(b)s).")
            % {"a": missing[0].a, "b": missing[0].b}
        )
    allowed = set(built.requests) | {pair_key(m.a, m.b) for m in fixed}
    stray = [m for m in meetings if pair_key(m.a, m.b) not in allowed]
    if stray:
        raise InvalidSchedule(
            _("The meeting (%(a)s, %(b)s) is not an accepted request of this event.")
            % {"a": stray[0].a, "b": stray[0].b}
        )
    try:
        core.validate_instance(replace(built.instance, locked=tuple(meetings)))
    except core.InvalidInstance as error:
        raise InvalidSchedule(
            _("The schedule breaks a rule: %(problem)s") % {"problem": error}
        ) from None


def _order(key: str) -> tuple[int, str]:
    digits = key[1:]
    return (int(digits), key) if digits.isdigit() else (0, key)


def _normal(meeting: core.Meeting) -> core.Meeting:
    a, b = sorted((meeting.a, meeting.b), key=_order)
    return replace(meeting, a=a, b=b)


def _as_schedule(built: EventInstance, meetings: list[core.Meeting], claimed: float | None):
    weight = sum(built.weight_of(m.a, m.b) for m in meetings)
    unscheduled = [
        _honest(item, built, _Placed(built, meetings))
        for item in core.explain_unscheduled(built.instance, meetings)
    ]
    # A bound from outside cannot be checked; it is kept only when it is not contradicted.
    bound = claimed if claimed is not None and claimed >= weight else None
    return core.Schedule(tuple(meetings), tuple(unscheduled), weight, bound)


class _Placed:
    """Who meets whom when in an uploaded schedule, to check the reasons it implies."""

    def __init__(self, built: EventInstance, meetings: list[core.Meeting]):
        instance = built.instance
        self.available = {p.id: set(p.available) for p in instance.participants}
        self.quota = {p.id: p.max_meetings for p in instance.participants}
        self.tables = len(instance.tables)
        self.at = {(person, m.slot): m for m in meetings for person in (m.a, m.b)}
        self.load = Counter(m.slot for m in meetings)
        self.degree = Counter(person for m in meetings for person in (m.a, m.b))
        self.locked = {pair_key(m.a, m.b) for m in instance.locked}
        self.weight_of = built.weight_of


def _honest(item, built: EventInstance, placed: _Placed):
    """A schedule from elsewhere may not be as good as ours: then say it left a request out."""
    if item.reason not in (core.Reason.TABLES_FULL, core.Reason.LOST_TO_HIGHER_WEIGHT):
        return item
    common = placed.available[item.a] & placed.available[item.b]
    weight = placed.weight_of(item.a, item.b)
    for slot in common:
        blockers = {placed.at.get((p, slot)) for p in (item.a, item.b)} - {None}
        if not blockers and placed.load[slot] < placed.tables:
            return replace(item, reason=UnscheduledReason.NOT_PLACED)
        blocking = sum(
            math.inf if pair_key(m.a, m.b) in placed.locked else placed.weight_of(m.a, m.b)
            for m in blockers
        )
        if blockers and blocking < weight:
            return replace(item, reason=UnscheduledReason.NOT_PLACED)
    return item
