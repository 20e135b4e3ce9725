"""The baseline the optimiser is measured against: heaviest request first (input order
among equal weights), each in the first common slot where both sides are free, a table
is free and quotas allow."""

from __future__ import annotations

import math
import time

from .model import Instance, Schedule
from .problem import compile_problem
from .search import Budget, Search
from .solver import finish
from .state import State


def greedy_schedule(instance: Instance) -> Schedule:
    started = time.monotonic()
    problem = compile_problem(instance)
    state = State(problem)
    in_time_order = [_bits(mask) for mask in problem.common]
    heaviest_first = sorted(range(len(problem.pairs)), key=lambda r: -problem.weights[r])
    Search(state, Budget(math.inf), in_time_order).fill_direct(heaviest_first)
    bound = problem.locked_weight + sum(problem.weights)  # trivial; the LP is not solved
    return finish(instance, problem, state, bound, started, {})


def _bits(mask: int) -> list[int]:
    return [bit for bit in range(mask.bit_length()) if mask >> bit & 1]
