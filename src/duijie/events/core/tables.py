"""Concrete tables for the meetings of each slot.

The optimisation only counts tables per slot, so any one-to-one assignment of the
free tables is valid. To spare participants walking around, a meeting keeps the table
one of its participants sat at in the previous slot when that table is still free.
"""

from __future__ import annotations

from collections import defaultdict

from .model import Instance, Meeting


def assign_tables(instance: Instance, slot_pairs: list[tuple[str, str, str]]) -> list[Meeting]:
    """Seat every (a, b, slot) at a free table; locked meetings are kept as they are.

    The caller guarantees that no slot has more meetings than tables.
    """
    new_by_slot: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for a, b, slot in slot_pairs:
        new_by_slot[slot].append((a, b))
    locked_by_slot: dict[str, list[Meeting]] = defaultdict(list)
    for meeting in instance.locked:
        locked_by_slot[meeting.slot].append(meeting)
    meetings: list[Meeting] = []
    previous: dict[str, str] = {}  # person -> table in the previous slot
    for slot in instance.slots:
        seated = _seat_slot(
            instance.tables,
            slot.id,
            locked_by_slot[slot.id],
            sorted(new_by_slot[slot.id]),
            previous,
        )
        meetings.extend(seated)
        previous = {person: m.table for m in seated for person in (m.a, m.b)}
    return meetings


def _seat_slot(
    tables: tuple[str, ...],
    slot: str,
    locked: list[Meeting],
    pairs: list[tuple[str, str]],
    previous: dict[str, str],
) -> list[Meeting]:
    free = dict.fromkeys(table for table in tables)  # insertion-ordered set
    for meeting in locked:
        free.pop(meeting.table, None)
    seated = list(locked)
    waiting = []
    for a, b in pairs:
        table = _familiar_table(a, b, previous, free)
        if table is None:
            waiting.append((a, b))
        else:
            free.pop(table)
            seated.append(Meeting(a, b, slot, table))
    remaining = iter(free)
    seated.extend(Meeting(a, b, slot, next(remaining)) for a, b in waiting)
    return seated


def _familiar_table(a: str, b: str, previous: dict[str, str], free: dict) -> str | None:
    for person in (a, b):
        table = previous.get(person)
        if table is not None and table in free:
            return table
    return None
