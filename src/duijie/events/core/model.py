"""Plain data types of the 1:1 meeting scheduler: what goes in and what comes out.

Everything here is immutable and free of Django so the same types can be built from
the database (events domain layer) or from the JSON exchange format (`instance_json`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


@dataclass(frozen=True)
class Slot:
    """A meeting slot; `start`/`end` are ISO-8601 local times ("2026-03-10T09:00")."""

    id: str
    start: str
    end: str


@dataclass(frozen=True)
class Participant:
    """Someone who can take meetings.

    `available` lists the slot ids the participant attends.
    """

    id: str
    available: tuple[str, ...]
    max_meetings: int


@dataclass(frozen=True)
class Request:
    """A wish that `a` and `b` meet; higher weight means more valuable."""

    a: str
    b: str
    weight: float = 1.0


@dataclass(frozen=True)
class Meeting:
    a: str
    b: str
    slot: str
    table: str


@dataclass(frozen=True)
class Instance:
    """A complete scheduling problem; `locked` meetings are kept exactly as given."""

    slots: tuple[Slot, ...]
    tables: tuple[str, ...]
    participants: tuple[Participant, ...]
    requests: tuple[Request, ...]
    locked: tuple[Meeting, ...] = ()


class Reason(StrEnum):
    """Why a request is not in the schedule; see docs/scheduling.md for exact rules."""

    NO_COMMON_SLOT = "no_common_slot"
    QUOTA_REACHED = "quota_reached"
    TABLES_FULL = "tables_full"
    LOST_TO_HIGHER_WEIGHT = "lost_to_higher_weight"


@dataclass(frozen=True)
class Unscheduled:
    a: str
    b: str
    reason: Reason


@dataclass(frozen=True)
class Schedule:
    """The result: meetings (locked ones included), unscheduled requests and the bound.

    `upper_bound` is a proven upper bound on the total weight any valid schedule can
    reach (locked meetings included), so `weight / upper_bound` is a quality guarantee.
    """

    meetings: tuple[Meeting, ...]
    unscheduled: tuple[Unscheduled, ...]
    weight: float
    upper_bound: float
    stats: dict[str, float] = field(default_factory=dict, compare=False)

    @property
    def gap(self) -> float:
        """Relative distance to the bound: 0 means proven optimal."""
        if self.upper_bound <= 0:
            return 0.0
        return max(0.0, (self.upper_bound - self.weight) / self.upper_bound)
