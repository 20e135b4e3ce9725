"""Independent checks of a schedule against an instance, written apart from the solver
so the tests do not trust the code they test."""

from __future__ import annotations

from collections import Counter

from duijie.events.core import Instance, Schedule


def merged_weights(instance: Instance) -> dict[frozenset[str], float]:
    weights: dict[frozenset[str], float] = {}
    for request in instance.requests:
        key = frozenset((request.a, request.b))
        weights[key] = max(weights.get(key, request.weight), request.weight)
    return weights


def violations(instance: Instance, schedule: Schedule) -> list[str]:
    """Every broken hard constraint, in words; empty for a valid schedule."""
    problems = []
    people = {p.id: p for p in instance.participants}
    weights = merged_weights(instance)
    locked_pairs = {frozenset((m.a, m.b)) for m in instance.locked}
    slots = {s.id for s in instance.slots}
    for m in schedule.meetings:
        pair = frozenset((m.a, m.b))
        if m.a == m.b or m.slot not in slots or m.table not in instance.tables:
            problems.append(f"malformed {m}")
            continue
        for person in (m.a, m.b):
            if m.slot not in people[person].available:
                problems.append(f"{person} not available for {m}")
        if pair not in weights and pair not in locked_pairs:
            problems.append(f"{m} was never requested")
    problems += _duplicates(
        "person in slot", ((p, m.slot) for m in schedule.meetings for p in (m.a, m.b))
    )
    problems += _duplicates("table in slot", ((m.table, m.slot) for m in schedule.meetings))
    problems += _duplicates("pair", (frozenset((m.a, m.b)) for m in schedule.meetings))
    degree = Counter(p for m in schedule.meetings for p in (m.a, m.b))
    problems += [
        f"{p.id} over quota" for p in instance.participants if degree[p.id] > p.max_meetings
    ]
    missing = set(instance.locked) - set(schedule.meetings)
    problems += [f"locked meeting lost or moved: {m}" for m in missing]
    return problems + _accounting(instance, schedule, weights)


def _duplicates(what: str, keys) -> list[str]:
    return [f"{what} used twice: {key}" for key, n in Counter(keys).items() if n > 1]


def _accounting(instance: Instance, schedule: Schedule, weights) -> list[str]:
    met = {frozenset((m.a, m.b)) for m in schedule.meetings}
    listed = [frozenset((u.a, u.b)) for u in schedule.unscheduled]
    problems = []
    if len(set(listed)) != len(listed) or set(listed) & met:
        problems.append("unscheduled list repeats a pair or lists a met pair")
    if set(listed) | (met & set(weights)) != set(weights):
        problems.append("some request is neither met nor listed as unscheduled")
    weight = sum(w for pair, w in weights.items() if pair in met)
    if abs(weight - schedule.weight) > 1e-6:
        problems.append(f"weight {schedule.weight} but meetings weigh {weight}")
    if schedule.weight > schedule.upper_bound + 1e-6:
        problems.append(f"weight {schedule.weight} above bound {schedule.upper_bound}")
    return problems


def wrong_reasons(instance: Instance, schedule: Schedule) -> list[str]:
    """Unscheduled items whose reason does not follow from the schedule (the rules of
    docs/scheduling.md, re-implemented here)."""
    people = {p.id: p for p in instance.participants}
    weights = merged_weights(instance)
    for m in instance.locked:
        weights[frozenset((m.a, m.b))] = float("inf")
    at = {(p, m.slot): m for m in schedule.meetings for p in (m.a, m.b)}
    load = Counter(m.slot for m in schedule.meetings)
    degree = Counter(p for m in schedule.meetings for p in (m.a, m.b))
    problems = []
    for item in schedule.unscheduled:
        a, b = people[item.a], people[item.b]
        common = set(a.available) & set(b.available)
        both_free = [s for s in common if (a.id, s) not in at and (b.id, s) not in at]
        weight = weights[frozenset((a.id, b.id))]
        if not common:
            expected = "no_common_slot"
        elif degree[a.id] >= a.max_meetings or degree[b.id] >= b.max_meetings:
            expected = "quota_reached"
        elif both_free:
            expected = "tables_full"
            if any(load[s] < len(instance.tables) for s in both_free):
                problems.append(f"{item}: a common free slot still has a free table")
        else:
            expected = "lost_to_higher_weight"
            for s in common:
                blockers = {at.get((a.id, s)), at.get((b.id, s))} - {None}
                held = sum(weights[frozenset((m.a, m.b))] for m in blockers)
                if held < weight - 1e-9:
                    problems.append(f"{item}: slot {s} is held by lighter meetings")
        if item.reason != expected:
            problems.append(f"{item}: expected {expected}")
    return problems
