"""Compact construction of small instances for tests."""

from __future__ import annotations

from duijie.events.core import Instance, Meeting, Participant, Request, Slot


def slots(count: int) -> tuple[Slot, ...]:
    return tuple(
        Slot(
            f"s{i}",
            f"2026-03-10T{9 + i // 4:02d}:{15 * (i % 4):02d}",
            f"2026-03-10T{9 + (i + 1) // 4:02d}:{15 * ((i + 1) % 4):02d}",
        )
        for i in range(count)
    )


def instance(
    n_slots: int,
    n_tables: int,
    people: dict[str, tuple[list[int] | None, int]],
    requests: list[tuple[str, str, float]],
    locked: list[tuple[str, str, int, int]] = (),
) -> Instance:
    """`people` maps id -> (available slot numbers or None for all, max_meetings);
    `locked` holds (a, b, slot number, table number)."""
    every = list(range(n_slots))
    return Instance(
        slots=slots(n_slots),
        tables=tuple(f"T{t}" for t in range(n_tables)),
        participants=tuple(
            Participant(pid, tuple(f"s{s}" for s in (avail if avail is not None else every)), q)
            for pid, (avail, q) in people.items()
        ),
        requests=tuple(Request(a, b, w) for a, b, w in requests),
        locked=tuple(Meeting(a, b, f"s{s}", f"T{t}") for a, b, s, t in locked),
    )
