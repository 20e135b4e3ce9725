"""Local search that inserts requests by moving or displacing lighter meetings.

A move puts request r into a slot s. Whatever stands in the way is first moved to
another open slot of its own if it has one, and otherwise displaced:
  * the meetings that r's two participants already have in s,
  * one meeting of s when all its tables are taken (the lightest one),
  * one meeting of a participant whose quota is full (their lightest one).
A move is taken only when r weighs strictly more than what it displaces, so the total
weight rises with every move and the search always ends. Displaced requests are then
tried again right away, which chains moves like an augmenting path.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from .state import State

EPSILON = 1e-9
# How deep a relocation may push other meetings along; 2 catches most two-slot swaps
# while keeping an evaluation cheap.
RELOCATION_DEPTH = 2
IMPOSSIBLE = float("inf")


@dataclass
class Budget:
    """Work limit for the search: move evaluations, plus a wall-clock safety net.

    The evaluation count makes runs repeatable; the deadline only matters on machines
    too slow to finish the evaluations in time (the result then depends on timing).
    """

    evaluations: int
    deadline: float = IMPOSSIBLE
    used: int = 0
    timed_out: bool = field(default=False)

    def spend(self, amount: int = 1) -> bool:
        self.used += amount
        if self.used & 1023 == 0 and time.monotonic() > self.deadline:
            self.timed_out = True
        return not self.exhausted

    @property
    def exhausted(self) -> bool:
        return self.used > self.evaluations or self.timed_out


class Search:
    def __init__(self, state: State, budget: Budget, slot_preference: list[list[int]]):
        self.state = state
        self.budget = budget
        # Per request, its common slots in the order to try them (best first).
        self.slot_preference = slot_preference

    def improve(self, order: list[int], max_passes: int = 50) -> None:
        """Try every unscheduled request in `order` until a pass changes nothing."""
        for _ in range(max_passes):
            before = self.state.total
            for request in order:
                if self.budget.exhausted:
                    return
                if self.state.slot_of[request] < 0:
                    self.insert(request)
            if self.state.total <= before + EPSILON:
                return

    def insert(self, request: int) -> bool:
        """Insert with the cheapest move if it gains weight; chain the displaced ones."""
        pending = [request]
        changed = False
        while pending:
            current = pending.pop()
            displaced = self._insert_one(current)
            if displaced is not None:
                changed = True
                pending.extend(sorted(displaced, key=self._priority, reverse=True))
        return changed

    def fill_direct(self, order: list[int]) -> None:
        """Place every request that fits without moving anything (weightless ones too)."""
        state = self.state
        for request in order:
            if state.slot_of[request] < 0 and state.has_quota(request):
                slot = self._first_open(request)
                if slot >= 0:
                    state.place(request, slot)

    def _priority(self, request: int) -> tuple[float, int]:
        return (self.state.weights[request], -request)

    def _first_open(self, request: int, forbidden: int = 0) -> int:
        open_slots = self.state.open_slots(request) & ~forbidden
        for slot in self.slot_preference[request]:
            if open_slots >> slot & 1:
                return slot
        return -1

    def _insert_one(self, request: int) -> list[int] | None:
        weight = self.state.weights[request]
        if weight <= 0 or self._quota_blocks(request, weight):
            return None
        best_cost, best_slot = IMPOSSIBLE, -1
        for slot in self.slot_preference[request]:
            if not self.budget.spend():
                break
            cost = self._trial_cost(request, slot)
            if cost < best_cost:
                best_cost, best_slot = cost, slot
                if cost <= 0:
                    break
        if best_cost >= weight - EPSILON:
            return None
        return self._apply(request, best_slot)

    def _quota_blocks(self, request: int, weight: float) -> bool:
        """Whether a full quota forces displacing a meeting at least as heavy: then no
        move can gain, and trying every slot would only cost time."""
        state = self.state
        for person in state.pairs[request]:
            if state.degree[person] >= state.quota[person]:
                lightest = state.lightest_of(person)
                if lightest < 0 or state.weights[lightest] >= weight - EPSILON:
                    return True
        return False

    def _trial_cost(self, request: int, slot: int) -> float:
        state = self.state
        mark = state.mark()
        displaced = self._apply(request, slot)
        state.rollback(mark)
        if displaced is None:
            return IMPOSSIBLE
        return sum(state.weights[other] for other in displaced)

    def _apply(self, request: int, slot: int) -> list[int] | None:
        """Make room for `request` in `slot` and place it; None if that cannot be done."""
        state = self.state
        displaced: list[int] = []
        for person in state.pairs[request]:
            blocker = state.occupant[person][slot]
            if blocker >= 0 and not self._relocate(blocker, 1 << slot, RELOCATION_DEPTH):
                state.remove(blocker)
                displaced.append(blocker)
        if state.load[slot] >= state.capacity[slot]:
            lightest = state.lightest_in(slot)
            if lightest < 0:
                return None  # the slot has no table at all
            state.remove(lightest)
            displaced.append(lightest)
        for person in state.pairs[request]:
            if state.degree[person] >= state.quota[person]:
                lightest = state.lightest_of(person)
                if lightest < 0:
                    return None  # quota zero
                state.remove(lightest)
                displaced.append(lightest)
        if not (state.open_slots(request) >> slot & 1 and state.has_quota(request)):
            return None  # a chain of relocations refilled what was cleared
        state.place(request, slot)
        return displaced

    def _relocate(self, request: int, forbidden: int, depth: int) -> bool:
        """Move a meeting to another slot, never into `forbidden` ones; with depth > 1
        its own blockers there may move too (a Kempe-chain-like swap of slots)."""
        state = self.state
        slot = self._first_open(request, forbidden)
        if slot >= 0:
            state.remove(request)
            state.place(request, slot)
            return True
        if depth <= 1:
            return False
        mark = state.mark()
        here = state.slot_of[request]
        state.remove(request)
        for slot in self.slot_preference[request]:
            if slot != here and not forbidden >> slot & 1:
                if self._clear(request, slot, forbidden | 1 << slot, depth - 1):
                    state.place(request, slot)
                    return True
                state.rollback(mark + 1)
        state.rollback(mark)
        return False

    def _clear(self, request: int, slot: int, forbidden: int, depth: int) -> bool:
        state = self.state
        for person in state.pairs[request]:
            blocker = state.occupant[person][slot]
            if blocker >= 0 and not self._relocate(blocker, forbidden, depth):
                return False
        return state.open_slots(request) >> slot & 1 == 1
