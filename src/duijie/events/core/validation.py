"""Consistency checks of an `Instance`, shared by the JSON reader and the database layer.

Every error names the offending item (`requests[3]`, `locked[0]`, `slot "s02"`) so an
organiser can find and fix it without reading a traceback.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from datetime import datetime

from .model import Instance, Meeting


class InvalidInstance(ValueError):
    """The instance cannot be scheduled as given; the message says which item is wrong."""


def validate_instance(instance: Instance) -> None:
    """Raise `InvalidInstance` for the first inconsistency found, else return None."""
    _check_unique("slot", (slot.id for slot in instance.slots))
    _check_unique("table", instance.tables)
    _check_unique("participant", (p.id for p in instance.participants))
    _check_slot_times(instance)
    _check_participants(instance)
    _check_requests(instance)
    _check_locked(instance)


def _check_unique(kind: str, ids: Iterable[str]) -> None:
    counts = Counter(ids)
    for item_id, count in counts.items():
        if not isinstance(item_id, str) or not item_id:
            raise InvalidInstance(f"{kind} id {item_id!r} must be a non-empty string")
        if count > 1:
            raise InvalidInstance(f"duplicate {kind} id {item_id!r}")


def _parse_time(slot_id: str, field_name: str, value: str) -> datetime:
    try:
        return datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise InvalidInstance(
            f"slot {slot_id!r}: {field_name} {value!r} is not an ISO-8601 time"
        ) from None


def _check_slot_times(instance: Instance) -> None:
    previous_end: datetime | None = None
    previous_id = ""
    for slot in instance.slots:
        start = _parse_time(slot.id, "start", slot.start)
        end = _parse_time(slot.id, "end", slot.end)
        if end <= start:
            raise InvalidInstance(f"slot {slot.id!r}: end {slot.end} is not after start")
        try:
            overlaps = previous_end is not None and start < previous_end
        except TypeError:  # comparing naive with aware times
            raise InvalidInstance(
                f"slot {slot.id!r}: mixes time zones with earlier slots"
            ) from None
        if overlaps:
            raise InvalidInstance(
                f"slot {slot.id!r} starts before slot {previous_id!r} ends "
                "(slots must be listed in time order and must not overlap)"
            )
        previous_end, previous_id = end, slot.id


def _check_participants(instance: Instance) -> None:
    slot_ids = {slot.id for slot in instance.slots}
    for person in instance.participants:
        unknown = [s for s in person.available if s not in slot_ids]
        if unknown:
            raise InvalidInstance(f"participant {person.id!r}: unknown slot {unknown[0]!r}")
        quota = person.max_meetings
        if isinstance(quota, bool) or not isinstance(quota, int) or quota < 0:
            raise InvalidInstance(
                f"participant {person.id!r}: max_meetings must be a non-negative integer"
            )


def _check_requests(instance: Instance) -> None:
    people = {p.id for p in instance.participants}
    for index, request in enumerate(instance.requests):
        where = f"requests[{index}] ({request.a!r}, {request.b!r})"
        _check_pair(where, request.a, request.b, people)
        weight = request.weight
        valid_number = isinstance(weight, int | float) and not isinstance(weight, bool)
        if not valid_number or not math.isfinite(weight) or weight < 0:
            raise InvalidInstance(f"{where}: weight {weight!r} must be a non-negative number")


def _check_pair(where: str, a: str, b: str, people: set[str]) -> None:
    for person in (a, b):
        if person not in people:
            raise InvalidInstance(f"{where}: unknown participant {person!r}")
    if a == b:
        raise InvalidInstance(f"{where}: a participant cannot meet themselves")


def _check_locked(instance: Instance) -> None:
    people = {p.id: p for p in instance.participants}
    slot_ids = {slot.id for slot in instance.slots}
    tables = set(instance.tables)
    seen_people: dict[tuple[str, str], int] = {}
    seen_tables: dict[tuple[str, str], int] = {}
    seen_pairs: dict[frozenset[str], int] = {}
    for index, meeting in enumerate(instance.locked):
        where = f"locked[{index}] ({meeting.a!r}, {meeting.b!r})"
        _check_locked_alone(where, meeting, people, slot_ids, tables)
        _claim(seen_pairs, frozenset((meeting.a, meeting.b)), index, where, "the same pair")
        _claim(seen_tables, (meeting.table, meeting.slot), index, where, "table and slot")
        for person in (meeting.a, meeting.b):
            _claim(seen_people, (person, meeting.slot), index, where, f"{person!r} in that slot")
    _check_locked_quotas(instance)


def _check_locked_alone(
    where: str, meeting: Meeting, people: dict, slot_ids: set[str], tables: set[str]
) -> None:
    _check_pair(where, meeting.a, meeting.b, set(people))
    if meeting.slot not in slot_ids:
        raise InvalidInstance(f"{where}: unknown slot {meeting.slot!r}")
    if meeting.table not in tables:
        raise InvalidInstance(f"{where}: unknown table {meeting.table!r}")
    for person in (meeting.a, meeting.b):
        if meeting.slot not in people[person].available:
            raise InvalidInstance(f"{where}: {person!r} is not available in {meeting.slot!r}")


def _claim(seen: dict, key: object, index: int, where: str, what: str) -> None:
    if key in seen:
        raise InvalidInstance(f"{where}: conflicts with locked[{seen[key]}] ({what})")
    seen[key] = index


def _check_locked_quotas(instance: Instance) -> None:
    counts = Counter(person for m in instance.locked for person in (m.a, m.b))
    for person in instance.participants:
        if counts[person.id] > person.max_meetings:
            raise InvalidInstance(
                f"participant {person.id!r}: {counts[person.id]} locked meetings exceed "
                f"max_meetings {person.max_meetings}"
            )
