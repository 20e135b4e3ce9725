"""A mutable schedule over a `Problem`, with an undo journal for trying moves.

The search evaluates a move by applying it, reading the change of weight and rolling
back, which is simpler and safer than predicting the interplay of several changes.
"""

from __future__ import annotations

import heapq

from .problem import Problem


class State:
    def __init__(self, problem: Problem):
        n_people = len(problem.person_ids)
        self.problem = problem
        self.pairs = problem.pairs
        self.weights = problem.weights
        self.common = problem.common
        self.quota = problem.quota
        self.capacity = problem.capacity
        self.occupant = [[-1] * problem.n_slots for _ in range(n_people)]
        self.busy = [0] * n_people  # per person: bit mask of slots with a meeting
        self.degree = [0] * n_people
        self.load = [0] * problem.n_slots
        self.room = sum(1 << s for s, cap in enumerate(problem.capacity) if cap > 0)
        self.slot_of = [-1] * len(problem.pairs)
        self.total = 0.0
        self.journal: list[tuple[int, int]] = []  # (request, slot it had before)
        # Per slot a heap of (weight, request) with stale entries skipped on read: the
        # cheapest meeting of a full slot is what a heavier request would displace.
        self._lightest: list[list[tuple[float, int]]] = [[] for _ in problem.slot_ids]

    def open_slots(self, request: int) -> int:
        """Slots where the request fits right now, ignoring quotas."""
        a, b = self.pairs[request]
        return self.common[request] & ~(self.busy[a] | self.busy[b]) & self.room

    def has_quota(self, request: int) -> bool:
        a, b = self.pairs[request]
        return self.degree[a] < self.quota[a] and self.degree[b] < self.quota[b]

    def place(self, request: int, slot: int) -> None:
        self._place(request, slot)
        self.journal.append((request, -1))

    def remove(self, request: int) -> None:
        self.journal.append((request, self.slot_of[request]))
        self._remove(request)

    def mark(self) -> int:
        return len(self.journal)

    def rollback(self, mark: int) -> None:
        while len(self.journal) > mark:
            request, previous = self.journal.pop()
            if self.slot_of[request] >= 0:
                self._remove(request)
            if previous >= 0:
                self._place(request, previous)

    def lightest_in(self, slot: int, exclude: tuple[int, ...] = ()) -> int:
        """The scheduled request of least weight in `slot` (lowest index on ties), or -1."""
        heap = self._lightest[slot]
        held: list[tuple[float, int]] = []
        found = -1
        while heap:
            entry = heap[0]
            if self.slot_of[entry[1]] != slot:
                heapq.heappop(heap)  # stale: moved or removed since it was pushed
            elif entry[1] in exclude:
                held.append(heapq.heappop(heap))
            else:
                found = entry[1]
                break
        for entry in held:
            heapq.heappush(heap, entry)
        return found

    def lightest_of(self, person: int, exclude: tuple[int, ...] = ()) -> int:
        best = -1
        for request in self.occupant[person]:
            if request < 0 or request in exclude:
                continue
            if best < 0 or (self.weights[request], request) < (self.weights[best], best):
                best = request
        return best

    def _place(self, request: int, slot: int) -> None:
        a, b = self.pairs[request]
        bit = 1 << slot
        self.occupant[a][slot] = request
        self.occupant[b][slot] = request
        self.busy[a] |= bit
        self.busy[b] |= bit
        self.degree[a] += 1
        self.degree[b] += 1
        self.load[slot] += 1
        if self.load[slot] >= self.capacity[slot]:
            self.room &= ~bit
        self.slot_of[request] = slot
        self.total += self.weights[request]
        heap = self._lightest[slot]
        heapq.heappush(heap, (self.weights[request], request))
        if len(heap) > 4 * self.load[slot] + 64:  # rollbacks leave duplicates behind
            self._lightest[slot] = self._compacted(slot)

    def _compacted(self, slot: int) -> list[tuple[float, int]]:
        live = {entry for entry in self._lightest[slot] if self.slot_of[entry[1]] == slot}
        heap = sorted(live)
        return heap

    def _remove(self, request: int) -> None:
        a, b = self.pairs[request]
        slot = self.slot_of[request]
        bit = 1 << slot
        self.occupant[a][slot] = -1
        self.occupant[b][slot] = -1
        self.busy[a] &= ~bit
        self.busy[b] &= ~bit
        self.degree[a] -= 1
        self.degree[b] -= 1
        self.load[slot] -= 1
        self.room |= bit
        self.slot_of[request] = -1
        self.total -= self.weights[request]
