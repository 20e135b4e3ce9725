"""The scheduler: LP relaxation, LP-guided rounding, local search, tables, reasons.

1. Solve the time-indexed LP relaxation (`relaxation.py`); its value is the bound.
2. Round: place requests in order of how much the LP schedules them, each in the
   slot the LP likes best among those still open.
3. Improve with the ejection-chain local search (`search.py`) until no move gains.
4. Fill in weightless requests that still fit, seat meetings at tables, and explain
   every request left out (`reasons.py`).

Every step is deterministic: fixed orders with index tie-breaks, a single-threaded LP
with iteration limits, and a search limited by a count of move evaluations. The time
limit is a safety net; only a run that hits it can differ between machines.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

import numpy as np

from .lns import ruin_and_recreate
from .model import Instance, Schedule
from .problem import Problem, compile_problem
from .reasons import explain_unscheduled
from .relaxation import Relaxation, solve_relaxation
from .search import Budget, Search
from .state import State
from .tables import assign_tables
from .validation import validate_instance

# Share of the time limit the LP may use; the search needs the rest.
LP_TIME_SHARE = 0.6
# The search stops at this share of the time limit, leaving time for the last pass
# that makes the reasons true (`settle`).
SEARCH_TIME_SHARE = 0.85
# Ruin and recreate gains slowly; past this many evaluations (a few seconds) it rarely pays.
LNS_CAP = 300_000


@dataclass(frozen=True)
class SolveOptions:
    time_limit: float = 60.0  # seconds, a safety net (see module docstring)
    evaluations_per_column: int = 40  # local search work limit, per (request, slot) pair
    lns_evaluations_per_column: int = 8  # ruin-and-recreate work limit, likewise


def solve(instance: Instance, options: SolveOptions | None = None) -> Schedule:
    """An optimised schedule for a valid instance, locked meetings kept exactly."""
    options = options or SolveOptions()
    started = time.monotonic()
    validate_instance(instance)
    problem = compile_problem(instance)
    relaxation = solve_relaxation(problem, time_limit=options.time_limit * LP_TIME_SHARE)
    stats = {"lp_seconds": time.monotonic() - started, "lp_bound": relaxation.bound}
    state = State(problem)
    search = _search(state, problem, relaxation, options, started)
    _optimise(search, problem, relaxation, options, stats)
    return finish(instance, problem, state, relaxation.bound, started, stats)


def _optimise(
    search: Search,
    problem: Problem,
    relaxation: Relaxation,
    options: SolveOptions,
    stats: dict[str, float],
) -> None:
    """Round, improve, ruin and recreate, settle; record weight and time per phase."""
    clock = _PhaseClock(search.state, problem.locked_weight, stats)
    search.fill_direct(_rounding_order(problem, relaxation))
    clock.lap("rounded")
    by_weight = weight_order(problem)
    search.improve(by_weight)
    clock.lap("improved")
    lns_evaluations = min(options.lns_evaluations_per_column * _columns(problem), LNS_CAP)
    search.budget.evaluations = search.budget.used + lns_evaluations
    target = relaxation.bound - 1e-6  # reaching the bound proves optimality: stop there
    stats["lns_rounds"] = ruin_and_recreate(search, problem.meetings_of(), target)
    clock.lap("recreated")
    stats["search_evaluations"] = search.budget.used
    settle(search.state, search.slot_preference, by_weight)
    clock.lap("settled")


class _PhaseClock:
    """Writes the schedule's weight and the seconds spent after each phase into stats."""

    def __init__(self, state: State, locked_weight: float, stats: dict[str, float]):
        self.state, self.locked_weight, self.stats = state, locked_weight, stats
        self.last = time.monotonic()

    def lap(self, phase: str) -> None:
        now = time.monotonic()
        self.stats[phase] = self.state.total + self.locked_weight
        self.stats[f"{phase}_seconds"] = now - self.last
        self.last = now


def settle(state: State, slot_preference: list[list[int]], order: list[int]) -> None:
    """Improve until no move gains (no work limit), then add weightless requests.

    This is what makes the `tables_full` and `lost_to_higher_weight` reasons true.
    """
    search = Search(state, Budget(math.inf), slot_preference)
    search.improve(order, max_passes=10**9)
    search.fill_direct(order)


def finish(
    instance: Instance,
    problem: Problem,
    state: State,
    bound: float,
    started: float,
    stats: dict[str, float],
) -> Schedule:
    """Seat the meetings, explain the rest and report weight and bound."""
    slot_pairs = [
        (problem.requests[r].a, problem.requests[r].b, problem.slot_ids[slot])
        for r, slot in enumerate(state.slot_of)
        if slot >= 0
    ]
    meetings = assign_tables(instance, slot_pairs)
    weight = problem.locked_weight + sum(
        problem.weights[r] for r, slot in enumerate(state.slot_of) if slot >= 0
    )
    upper_bound = max(weight, _tighten(problem, problem.locked_weight + bound))
    stats["seconds"] = time.monotonic() - started
    unscheduled = explain_unscheduled(instance, meetings)
    return Schedule(tuple(meetings), tuple(unscheduled), weight, upper_bound, stats)


def _tighten(problem: Problem, bound: float) -> float:
    """Use that the total is at most the sum of all weights, and integral if they are."""
    bound = min(bound, problem.locked_weight + sum(problem.weights))
    if all(float(w).is_integer() for w in problem.weights):
        bound = math.floor(bound + 1e-6)
    return float(bound)


def weight_order(problem: Problem) -> list[int]:
    """Heaviest first; among equals the request with fewer common slots (harder)."""
    return sorted(
        range(len(problem.pairs)),
        key=lambda r: (-problem.weights[r], problem.common[r].bit_count(), r),
    )


def _rounding_order(problem: Problem, relaxation: Relaxation) -> list[int]:
    scheduled = np.zeros(len(problem.pairs))
    np.add.at(scheduled, relaxation.request_of, relaxation.value)
    # Rounded so that solver noise in the last digits does not reorder requests.
    share = np.round(scheduled, 6)
    return sorted(range(len(problem.pairs)), key=lambda r: (-share[r], -problem.weights[r], r))


def _search(
    state: State, problem: Problem, relaxation: Relaxation, options: SolveOptions, started: float
) -> Search:
    budget = Budget(
        evaluations=options.evaluations_per_column * _columns(problem),
        deadline=started + options.time_limit * SEARCH_TIME_SHARE,
    )
    return Search(state, budget, _slot_preference(problem, relaxation))


def _columns(problem: Problem) -> int:
    return max(1, sum(mask.bit_count() for mask in problem.common))


def _slot_preference(problem: Problem, relaxation: Relaxation) -> list[list[int]]:
    """Per request, its common slots by decreasing LP value, then in time order."""
    liked: dict[tuple[int, int], float] = {}
    for request, slot, value in zip(
        relaxation.request_of.tolist(),
        relaxation.slot_of.tolist(),
        relaxation.value.tolist(),
        strict=True,
    ):
        liked[request, slot] = round(value, 6)
    return [
        sorted(_bits(mask), key=lambda s, r=r: (-liked.get((r, s), 0.0), s))
        for r, mask in enumerate(problem.common)
    ]


def _bits(mask: int) -> list[int]:
    return [bit for bit in range(mask.bit_length()) if mask >> bit & 1]
