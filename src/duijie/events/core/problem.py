"""The index-based form of an instance that the algorithms work on.

Participants, slots and requests become integers and slot sets become bit masks
(bit s set = slot s), which keeps the inner loops of the search cheap. Locked meetings
are taken out here: they consume their participants' slots and quota and one table of
their slot, and are never touched again.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Instance, Request


@dataclass
class Problem:
    person_ids: list[str]
    slot_ids: list[str]
    free: list[int]  # per person: bit mask of available slots without a locked meeting
    quota: list[int]  # per person: meetings still allowed besides the locked ones
    capacity: list[int]  # per slot: tables not taken by locked meetings
    pairs: list[tuple[int, int]]  # merged, not locked requests, as person indices
    weights: list[float]
    common: list[int]  # per request: free[a] & free[b]
    requests: list[Request]  # per request: the representative from the input
    locked_weight: float  # weight of requests already met by locked meetings

    @property
    def n_slots(self) -> int:
        return len(self.slot_ids)

    def meetings_of(self) -> list[list[int]]:
        """Per person, the indices of the requests they take part in."""
        incident: list[list[int]] = [[] for _ in self.person_ids]
        for index, (a, b) in enumerate(self.pairs):
            incident[a].append(index)
            incident[b].append(index)
        return incident


def merge_requests(requests: tuple[Request, ...]) -> list[Request]:
    """One request per unordered pair, keeping the first orientation and the max weight.

    Max, not sum: a pair requested twice (or by both sides) is still one meeting, and
    summing would let duplicate submissions outbid everyone else.
    """
    merged: dict[frozenset[str], Request] = {}
    for request in requests:
        key = frozenset((request.a, request.b))
        kept = merged.get(key)
        if kept is None or request.weight > kept.weight:
            first = kept or request
            merged[key] = Request(first.a, first.b, request.weight)
    return list(merged.values())


def compile_problem(instance: Instance) -> Problem:
    person_ids = [p.id for p in instance.participants]
    slot_ids = [s.id for s in instance.slots]
    person_index = {pid: i for i, pid in enumerate(person_ids)}
    slot_index = {sid: i for i, sid in enumerate(slot_ids)}
    free = [_mask(slot_index[s] for s in p.available) for p in instance.participants]
    quota = [p.max_meetings for p in instance.participants]
    capacity = [len(instance.tables)] * len(slot_ids)
    for meeting in instance.locked:
        slot = slot_index[meeting.slot]
        capacity[slot] -= 1
        for person in (person_index[meeting.a], person_index[meeting.b]):
            free[person] &= ~(1 << slot)
            quota[person] -= 1
    problem = Problem(person_ids, slot_ids, free, quota, capacity, [], [], [], [], 0.0)
    _add_requests(problem, instance, person_index)
    return problem


def _mask(bits) -> int:
    mask = 0
    for bit in bits:
        mask |= 1 << bit
    return mask


def _add_requests(problem: Problem, instance: Instance, person_index: dict[str, int]) -> None:
    locked_pairs = {frozenset((m.a, m.b)) for m in instance.locked}
    for request in merge_requests(instance.requests):
        if frozenset((request.a, request.b)) in locked_pairs:
            problem.locked_weight += request.weight
            continue
        a, b = person_index[request.a], person_index[request.b]
        problem.pairs.append((a, b))
        problem.weights.append(request.weight)
        problem.common.append(problem.free[a] & problem.free[b])
        problem.requests.append(request)
