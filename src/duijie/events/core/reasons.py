"""Why each request is not in a schedule, read off the final schedule alone.

The rules, checked in this order for an unscheduled request (a, b) of weight w, where
"common slots" are the slots both a and b are available in:

1. no_common_slot: there is no common slot.
2. quota_reached: a or b already has max_meetings meetings.
3. tables_full: in at least one common slot neither a nor b has a meeting, and every
   such slot has all its tables taken.
4. lost_to_higher_weight: in every common slot a or b meets someone else, and those
   meetings of a and b in that slot weigh w or more together (a locked meeting counts
   as outweighing anything).

The solver guarantees the conditions of 3 and 4 hold when it gives those reasons (it
keeps improving the schedule until they do); `reason_problems` checks them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from .model import Instance, Meeting, Reason, Request, Unscheduled
from .problem import merge_requests

LOCKED = float("inf")
TOLERANCE = 1e-9


@dataclass
class _Facts:
    available: dict[str, set[str]]
    quota: dict[str, int]
    degree: dict[str, int]
    meeting_at: dict[tuple[str, str], Meeting]  # (person, slot) -> meeting
    load: dict[str, int]
    n_tables: int
    weight_of: dict[frozenset[str], float]  # pair -> weight; locked pairs unbeatable


def explain_unscheduled(instance: Instance, meetings: list[Meeting]) -> list[Unscheduled]:
    """One entry per merged request that has no meeting, in input order."""
    facts = _facts(instance, meetings)
    met = {frozenset((m.a, m.b)) for m in meetings}
    return [
        Unscheduled(request.a, request.b, _reason(facts, request))
        for request in merge_requests(instance.requests)
        if frozenset((request.a, request.b)) not in met
    ]


def reason_problems(
    instance: Instance, meetings: list[Meeting], items: list[Unscheduled]
) -> list[str]:
    """Each unscheduled item whose reason is not the one the rules give, or whose
    conditions do not hold, described in words; empty when all reasons are right."""
    facts = _facts(instance, meetings)
    requests = {frozenset((r.a, r.b)): r for r in merge_requests(instance.requests)}
    problems = []
    for item in items:
        request = requests[frozenset((item.a, item.b))]
        expected = _reason(facts, request)
        if expected != item.reason:
            problems.append(f"({item.a}, {item.b}): {item.reason} given, rules say {expected}")
        elif not _conditions_hold(facts, request, expected):
            problems.append(f"({item.a}, {item.b}): conditions of {expected} do not hold")
    return problems


def _conditions_hold(facts: _Facts, request: Request, reason: Reason) -> bool:
    if reason == Reason.TABLES_FULL:
        return all(facts.load[s] >= facts.n_tables for s in _both_free(facts, request))
    if reason == Reason.LOST_TO_HIGHER_WEIGHT:
        return all(
            _blocking_weight(facts, request, s) >= request.weight - TOLERANCE
            for s in _common(facts, request)
        )
    return True


def _facts(instance: Instance, meetings: list[Meeting]) -> _Facts:
    degree: dict[str, int] = defaultdict(int)
    load: dict[str, int] = defaultdict(int)
    meeting_at = {}
    for meeting in meetings:
        load[meeting.slot] += 1
        for person in (meeting.a, meeting.b):
            degree[person] += 1
            meeting_at[person, meeting.slot] = meeting
    weight_of = {frozenset((r.a, r.b)): r.weight for r in merge_requests(instance.requests)}
    weight_of.update({frozenset((m.a, m.b)): LOCKED for m in instance.locked})
    return _Facts(
        available={p.id: set(p.available) for p in instance.participants},
        quota={p.id: p.max_meetings for p in instance.participants},
        degree=degree,
        meeting_at=meeting_at,
        load=load,
        n_tables=len(instance.tables),
        weight_of=weight_of,
    )


def _reason(facts: _Facts, request: Request) -> Reason:
    if not _common(facts, request):
        return Reason.NO_COMMON_SLOT
    if any(facts.degree[p] >= facts.quota[p] for p in (request.a, request.b)):
        return Reason.QUOTA_REACHED
    if _both_free(facts, request):
        return Reason.TABLES_FULL
    return Reason.LOST_TO_HIGHER_WEIGHT


def _common(facts: _Facts, request: Request) -> set[str]:
    return facts.available[request.a] & facts.available[request.b]


def _both_free(facts: _Facts, request: Request) -> list[str]:
    return [
        slot
        for slot in sorted(_common(facts, request))
        if (request.a, slot) not in facts.meeting_at and (request.b, slot) not in facts.meeting_at
    ]


def _blocking_weight(facts: _Facts, request: Request, slot: str) -> float:
    blockers = {facts.meeting_at.get((p, slot)) for p in (request.a, request.b)} - {None}
    return sum(facts.weight_of.get(frozenset((m.a, m.b)), 0.0) for m in blockers)
