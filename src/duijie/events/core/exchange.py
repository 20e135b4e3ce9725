"""The JSON exchange format: instance files in, schedule files out.

Reading checks the shape of every item (naming it on error) and then runs
`validate_instance`, so a returned `Instance` is always safe to solve. Unknown extra
fields are ignored, which lets other tools annotate instance files.
"""

from __future__ import annotations

import json
from typing import Any

from .model import Instance, Meeting, Participant, Request, Schedule, Slot
from .validation import InvalidInstance, validate_instance


def load_instance(text: str) -> Instance:
    """Parse and validate instance JSON text; raises `InvalidInstance`."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InvalidInstance(f"bad JSON: {error}") from None
    return instance_from_dict(data)


def instance_from_dict(data: Any) -> Instance:
    if not isinstance(data, dict):
        raise InvalidInstance("the instance must be a JSON object")
    instance = Instance(
        slots=tuple(_slot(i, item) for i, item in enumerate(_list(data, "slots"))),
        tables=tuple(_table(i, item) for i, item in enumerate(_list(data, "tables"))),
        participants=tuple(
            _participant(i, item) for i, item in enumerate(_list(data, "participants"))
        ),
        requests=tuple(_request(i, item) for i, item in enumerate(_list(data, "requests"))),
        locked=tuple(_locked(i, item) for i, item in enumerate(_list(data, "locked", []))),
    )
    validate_instance(instance)
    return instance


def _list(data: dict, key: str, default: list | None = None) -> list:
    value = data.get(key, default)
    if not isinstance(value, list):
        raise InvalidInstance(f"{key!r} must be a list")
    return value


def _fields(where: str, item: Any, names: tuple[str, ...]) -> list[Any]:
    if not isinstance(item, dict):
        raise InvalidInstance(f"{where} must be an object")
    missing = [name for name in names if name not in item]
    if missing:
        raise InvalidInstance(f"{where}: missing field {missing[0]!r}")
    return [item[name] for name in names]


def _text(where: str, value: Any) -> str:
    if not isinstance(value, str):
        raise InvalidInstance(f"{where}: {value!r} must be a string")
    return value


def _slot(index: int, item: Any) -> Slot:
    where = f"slots[{index}]"
    slot_id, start, end = _fields(where, item, ("id", "start", "end"))
    return Slot(_text(where, slot_id), _text(where, start), _text(where, end))


def _table(index: int, item: Any) -> str:
    return _text(f"tables[{index}]", item)


def _participant(index: int, item: Any) -> Participant:
    where = f"participants[{index}]"
    person_id, available, quota = _fields(where, item, ("id", "available", "max_meetings"))
    if not isinstance(available, list):
        raise InvalidInstance(f"{where}: 'available' must be a list of slot ids")
    # Repeated slot ids in `available` are harmless, so they are merged, not rejected.
    slots = tuple(dict.fromkeys(_text(where, slot) for slot in available))
    return Participant(_text(where, person_id), slots, quota)


def _request(index: int, item: Any) -> Request:
    where = f"requests[{index}]"
    a, b = _fields(where, item, ("a", "b"))
    weight = item.get("weight", 1)
    return Request(_text(where, a), _text(where, b), weight)


def _locked(index: int, item: Any) -> Meeting:
    where = f"locked[{index}]"
    a, b, slot, table = _fields(where, item, ("a", "b", "slot", "table"))
    return Meeting(_text(where, a), _text(where, b), _text(where, slot), _text(where, table))


def instance_to_dict(instance: Instance) -> dict[str, Any]:
    return {
        "slots": [{"id": s.id, "start": s.start, "end": s.end} for s in instance.slots],
        "tables": list(instance.tables),
        "participants": [
            {"id": p.id, "available": list(p.available), "max_meetings": p.max_meetings}
            for p in instance.participants
        ],
        "requests": [{"a": r.a, "b": r.b, "weight": r.weight} for r in instance.requests],
        "locked": [_meeting_dict(m) for m in instance.locked],
    }


def _meeting_dict(meeting: Meeting) -> dict[str, str]:
    return {"a": meeting.a, "b": meeting.b, "slot": meeting.slot, "table": meeting.table}


def schedule_to_dict(schedule: Schedule) -> dict[str, Any]:
    return {
        "meetings": [_meeting_dict(m) for m in schedule.meetings],
        "unscheduled": [
            {"a": u.a, "b": u.b, "reason": str(u.reason)} for u in schedule.unscheduled
        ],
        "upper_bound": schedule.upper_bound,
        "weight": schedule.weight,
    }
