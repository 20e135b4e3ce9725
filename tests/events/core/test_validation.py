import json
import re

import pytest

from duijie.events.core import InvalidInstance, load_instance

from .builders import slots

BASE = {
    "slots": [{"id": s.id, "start": s.start, "end": s.end} for s in slots(3)],
    "tables": ["T1", "T2"],
    "participants": [
        {"id": "p1", "available": ["s0", "s1", "s2"], "max_meetings": 2},
        {"id": "p2", "available": ["s0", "s1"], "max_meetings": 2},
        {"id": "p3", "available": ["s1", "s2"], "max_meetings": 1},
    ],
    "requests": [{"a": "p1", "b": "p2", "weight": 2}, {"a": "p1", "b": "p3"}],
    "locked": [{"a": "p1", "b": "p2", "slot": "s0", "table": "T1"}],
}


def _edited(path: str, value) -> str:
    data = json.loads(json.dumps(BASE))
    *parents, last = path.split(".")
    target = data
    for key in parents:
        target = target[int(key) if key.isdigit() else key]
    target[int(last) if last.isdigit() else last] = value
    return json.dumps(data)


def test_the_base_instance_is_valid():
    instance = load_instance(json.dumps(BASE))
    assert instance.requests[1].weight == 1  # weight defaults to 1
    assert instance.locked[0].table == "T1"


def test_extra_fields_are_ignored_and_locked_is_optional():
    data = dict(BASE, comment="hello")
    del data["locked"]
    data["participants"] = [dict(p, name="x") for p in BASE["participants"]]
    assert load_instance(json.dumps(data)).locked == ()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{not json", "bad JSON"),
        ("[]", "must be a JSON object"),
        (_edited("tables", "T1"), "'tables' must be a list"),
        (_edited("slots.1.id", "s0"), "duplicate slot id 's0'"),
        (_edited("tables.1", "T1"), "duplicate table id 'T1'"),
        (_edited("participants.1.id", "p1"), "duplicate participant id 'p1'"),
        (_edited("slots.1.start", "2026-03-10T09:05"), "slot 's1' starts before slot 's0'"),
        (_edited("slots.0.end", "2026-03-10T08:00"), "slot 's0': end"),
        (_edited("slots.2.start", "9 o'clock"), "slot 's2': start"),
        (_edited("participants.2.available", ["s9"]), "participant 'p3': unknown slot 's9'"),
        (_edited("participants.2.max_meetings", -1), "participant 'p3': max_meetings"),
        (_edited("participants.2.max_meetings", 1.5), "participant 'p3': max_meetings"),
        (_edited("participants.0", {"id": "p1"}), "participants[0]: missing field 'available'"),
        (_edited("requests.0.b", "nobody"), "requests[0] ('p1', 'nobody'): unknown participant"),
        (_edited("requests.0.b", "p1"), "requests[0] ('p1', 'p1'): a participant cannot meet"),
        (_edited("requests.1.weight", -2), "requests[1] ('p1', 'p3'): weight -2"),
        (_edited("requests.1.weight", "high"), "requests[1] ('p1', 'p3'): weight 'high'"),
        (_edited("requests.1.a", 7), "requests[1]: 7 must be a string"),
        (_edited("locked.0.slot", "s7"), "locked[0] ('p1', 'p2'): unknown slot 's7'"),
        (_edited("locked.0.table", "T9"), "locked[0] ('p1', 'p2'): unknown table 'T9'"),
        (_edited("locked.0.slot", "s2"), "locked[0] ('p1', 'p2'): 'p2' is not available"),
    ],
)
def test_invalid_instances_are_rejected_naming_the_item(text, message):
    with pytest.raises(InvalidInstance, match=re.escape(message)):
        load_instance(text)


def _with_locked(*meetings) -> str:
    return json.dumps(dict(BASE, locked=list(meetings)))


@pytest.mark.parametrize(
    ("locked", "message"),
    [
        (
            [
                {"a": "p1", "b": "p2", "slot": "s0", "table": "T1"},
                {"a": "p3", "b": "p1", "slot": "s1", "table": "T1"},
                {"a": "p2", "b": "p1", "slot": "s1", "table": "T2"},
            ],
            r"locked\[2\] \('p2', 'p1'\): conflicts with locked\[0\] \(the same pair\)",
        ),
        (
            [
                {"a": "p1", "b": "p3", "slot": "s1", "table": "T1"},
                {"a": "p2", "b": "p1", "slot": "s1", "table": "T2"},
            ],
            r"locked\[1\] \('p2', 'p1'\): conflicts with locked\[0\] \('p1' in that slot\)",
        ),
        (
            [
                {"a": "p1", "b": "p3", "slot": "s1", "table": "T1"},
                {"a": "p2", "b": "p3", "slot": "s2", "table": "T1"},
            ],
            r"locked\[1\] \('p2', 'p3'\): 'p2' is not available",
        ),
        (
            [
                {"a": "p1", "b": "p3", "slot": "s1", "table": "T1"},
                {"a": "p2", "b": "p1", "slot": "s0", "table": "T1"},
                {"a": "p2", "b": "p3", "slot": "s1", "table": "T1"},
            ],
            r"locked\[2\] \('p2', 'p3'\): conflicts with locked\[0\] \(table and slot\)",
        ),
        (
            [
                {"a": "p3", "b": "p1", "slot": "s1", "table": "T1"},
                {"a": "p3", "b": "p2", "slot": "s0", "table": "T1"},
            ],
            r"locked\[1\] \('p3', 'p2'\): 'p3' is not available",
        ),
    ],
)
def test_conflicting_locked_meetings_are_rejected(locked, message):
    with pytest.raises(InvalidInstance, match=message):
        load_instance(_with_locked(*locked))


def test_locked_meetings_beyond_a_quota_are_rejected():
    data = json.loads(json.dumps(BASE))
    data["participants"][2]["available"] = ["s0", "s1", "s2"]
    data["locked"] = [
        {"a": "p3", "b": "p1", "slot": "s1", "table": "T1"},
        {"a": "p3", "b": "p2", "slot": "s0", "table": "T1"},
    ]
    with pytest.raises(InvalidInstance, match="participant 'p3': 2 locked meetings exceed"):
        load_instance(json.dumps(data))
