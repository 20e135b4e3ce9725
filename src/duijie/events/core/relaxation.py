"""The time-indexed LP relaxation: a proven upper bound and a guide for rounding.

Variable x[r, s] in [0, 1] says how much of request r happens in slot s. Rows:
each person meets at most once per slot, at most `quota` times in total, each pair at
most once, and each slot holds at most as many meetings as it has free tables. Tables
are interchangeable, so only their number per slot matters here; concrete tables are
assigned after. Rows that other rows already imply are left out (fewer rows, same LP).

The bound is recomputed from the solver's duals with the Lagrangian formula
    sum_i b_i y_i + sum_j max(0, w_j - (A^T y)_j)    for any y >= 0,
which is a valid upper bound whatever the solver's tolerances or iteration limits did.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass

import highspy
import numpy as np

from .problem import Problem


@dataclass
class Relaxation:
    request_of: np.ndarray  # per column: request index
    slot_of: np.ndarray  # per column: slot index
    value: np.ndarray  # per column: LP value in [0, 1]
    bound: float  # proven upper bound on the weight of the non-locked requests
    lp_value: float  # what the solver reported (equal to bound up to tolerances)


@dataclass
class _Model:
    request_of: list[int]
    slot_of: list[int]
    starts: list[int]
    rows: list[int]
    row_upper: list[float]


# Up to this many columns an exact simplex vertex is cheap (about a second) and makes the
# best rounding guide; beyond it the first-order PDLP method is several times faster
# than simplex or interior point on these LPs, and its inexact duals still give a valid
# bound through `_dual_bound`.
EXACT_COLUMNS_LIMIT = 60_000


def solve_relaxation(
    problem: Problem, time_limit: float = 3600.0, iteration_limit: int = 1_000_000
) -> Relaxation:
    model = _build(problem)
    if not model.request_of:
        empty = np.zeros(0, dtype=np.int64)
        return Relaxation(empty, empty, np.zeros(0), 0.0, 0.0)
    weights = np.asarray(problem.weights, dtype=float)[model.request_of]
    method = "simplex" if len(model.request_of) <= EXACT_COLUMNS_LIMIT else "pdlp"
    highs = _highs(model, weights, method, iteration_limit)
    highs.setOptionValue("time_limit", float(time_limit))
    highs.run()
    solution = highs.getSolution()
    columns = np.clip(np.asarray(solution.col_value, dtype=float), 0.0, 1.0)
    duals = np.maximum(0.0, -np.asarray(solution.row_dual, dtype=float))
    if len(columns) != len(weights) or len(duals) != len(model.row_upper):
        # No solution at all (solver failure): zero duals still give a valid bound.
        columns, duals = np.zeros(len(weights)), np.zeros(len(model.row_upper))
    bound = _dual_bound(model, weights, duals)
    lp_value = float(weights @ columns) if len(columns) else 0.0
    request_of = np.asarray(model.request_of, dtype=np.int64)
    slot_of = np.asarray(model.slot_of, dtype=np.int64)
    return Relaxation(request_of, slot_of, columns, bound, lp_value)


def _build(problem: Problem) -> _Model:
    rows = _RowNumbers(problem)
    model = _Model([], [], [0], [], [])
    for request, (a, b) in enumerate(problem.pairs):
        if problem.weights[request] <= 0 or min(problem.quota[a], problem.quota[b]) <= 0:
            continue  # weightless or impossible: leaving it out does not change the LP
        for slot in _bits(problem.common[request]):
            if problem.capacity[slot] > 0:
                _add_column(model, rows, request, a, b, slot)
    model.row_upper = rows.upper
    return model


def _add_column(model: _Model, rows: _RowNumbers, request: int, a: int, b: int, slot: int):
    model.request_of.append(request)
    model.slot_of.append(slot)
    model.rows.extend(rows.of_column(request, a, b, slot))
    model.starts.append(len(model.rows))


def _bits(mask: int) -> list[int]:
    return [bit for bit in range(mask.bit_length()) if mask >> bit & 1]


class _RowNumbers:
    """Numbers rows on first use and skips those implied by others or by x <= 1."""

    def __init__(self, problem: Problem):
        self.problem = problem
        self.numbers: dict[tuple, int] = {}
        self.upper: list[float] = []
        self.people_per_slot = _count_people_slots(problem)
        self.slot_columns = _count_slot_columns(problem)
        self.quota_needed = _people_needing_quota_rows(problem)

    def of_column(self, request: int, a: int, b: int, slot: int) -> list[int]:
        keys = []
        for person in (a, b):
            if self.people_per_slot[person, slot] > 1:
                keys.append((("ps", person, slot), 1))
            if self.quota_needed[person]:
                keys.append((("q", person), self.problem.quota[person]))
        if self.problem.common[request].bit_count() > 1:
            keys.append((("r", request), 1))
        if self.slot_columns[slot] > self.problem.capacity[slot]:
            keys.append((("s", slot), self.problem.capacity[slot]))
        return [self._number(key, upper) for key, upper in keys]

    def _number(self, key: tuple, upper: float) -> int:
        if key not in self.numbers:
            self.numbers[key] = len(self.upper)
            self.upper.append(upper)
        return self.numbers[key]


def _count_people_slots(problem: Problem) -> np.ndarray:
    counts = np.zeros((len(problem.person_ids), problem.n_slots), dtype=np.int64)
    for request, (a, b) in enumerate(problem.pairs):
        for slot in _bits(problem.common[request]):
            counts[a, slot] += 1
            counts[b, slot] += 1
    return counts


def _count_slot_columns(problem: Problem) -> list[int]:
    counts = [0] * problem.n_slots
    for mask in problem.common:
        for slot in _bits(mask):
            counts[slot] += 1
    return counts


def _people_needing_quota_rows(problem: Problem) -> list[bool]:
    partners = [0] * len(problem.person_ids)
    for a, b in problem.pairs:
        partners[a] += 1
        partners[b] += 1
    return [
        problem.quota[p] < min(partners[p], problem.free[p].bit_count())
        for p in range(len(problem.person_ids))
    ]


def _highs(model: _Model, weights: np.ndarray, method: str, iteration_limit: int) -> highspy.Highs:
    lp = highspy.HighsLp()
    lp.num_col_ = len(model.request_of)
    lp.num_row_ = len(model.row_upper)
    lp.col_cost_ = -weights  # HiGHS minimises; the duals are read with that sign below
    lp.col_lower_ = np.zeros(lp.num_col_)
    lp.col_upper_ = np.ones(lp.num_col_)
    lp.row_lower_ = np.full(lp.num_row_, -highspy.kHighsInf)
    lp.row_upper_ = np.asarray(model.row_upper, dtype=float)
    lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
    lp.a_matrix_.start_ = np.asarray(model.starts, dtype=np.int32)
    lp.a_matrix_.index_ = np.asarray(model.rows, dtype=np.int32)
    lp.a_matrix_.value_ = np.ones(len(model.rows))
    highs = _quiet_highs()
    # One thread and iteration limits keep the result identical from run to run; the
    # caller's time limit is only a safety net that well-sized instances never reach.
    highs.setOptionValue("output_flag", False)
    highs.setOptionValue("threads", 1)
    highs.setOptionValue("random_seed", 0)
    highs.setOptionValue("solver", method)
    highs.setOptionValue("simplex_iteration_limit", iteration_limit)
    highs.setOptionValue("pdlp_iteration_limit", iteration_limit)
    highs.passModel(lp)
    return highs


def _quiet_highs() -> highspy.Highs:
    """A Highs object without the banner its constructor prints to standard output.

    The `schedule` command's standard output must be exactly one JSON line.
    """
    sys.stdout.flush()
    saved = os.dup(1)
    try:
        with open(os.devnull, "w") as devnull:
            os.dup2(devnull.fileno(), 1)
            return highspy.Highs()
    finally:
        os.dup2(saved, 1)
        os.close(saved)


def _dual_bound(model: _Model, weights: np.ndarray, duals: np.ndarray) -> float:
    n_columns = len(model.request_of)
    if n_columns == 0:
        return 0.0
    starts = np.asarray(model.starts, dtype=np.int64)
    column_of_entry = np.repeat(np.arange(n_columns), np.diff(starts))
    rows = np.asarray(model.rows, dtype=np.int64)
    priced = np.bincount(column_of_entry, weights=duals[rows], minlength=n_columns)
    row_part = float(np.asarray(model.row_upper, dtype=float) @ duals)
    return row_part + float(np.maximum(0.0, weights - priced).sum())
