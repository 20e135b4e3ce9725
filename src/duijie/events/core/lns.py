"""Ruin and recreate: large-neighbourhood search once the local search is stuck.

Each round removes every meeting of two connected participants, then re-inserts the
requests of everyone affected in a randomly perturbed heaviest-first order, and keeps
the result unless it weighs less (equal weight is kept so the search can drift across
plateaus). A seeded `random.Random` and the evaluation budget make it repeatable.
"""

from __future__ import annotations

import random

from .search import EPSILON, Search

SEED = 20260310
# How much a request's weight may be scaled at random when ordering re-insertions:
# enough to try other orders of near-equal requests, not to put light ones first.
ORDER_NOISE = 0.3
# Evaluations charged per round on top of the moves it tries, so that rounds whose
# requests all fit directly (no move evaluated) still use up the budget.
ROUND_COST = 1


def ruin_and_recreate(search: Search, incident: list[list[int]], target: float) -> int:
    """Run rounds until the budget is spent or the total reaches `target`; return the
    number of rounds."""
    state = search.state
    rng = random.Random(SEED)
    scheduled_people = [p for p, requests in enumerate(incident) if requests]
    rounds = 0
    while scheduled_people and state.total < target and search.budget.spend(ROUND_COST):
        rounds += 1
        before = state.total
        state.journal.clear()  # only this round needs undoing
        affected = _ruin(state, rng.choice(scheduled_people), rng)
        _recreate(search, affected, incident, rng)
        if state.total < before - EPSILON:
            state.rollback(0)
    state.journal.clear()
    return rounds


def _ruin(state, person: int, rng: random.Random) -> set[int]:
    """Remove the meetings of `person` and of one of their partners; return who is hit."""
    mine = [r for r in state.occupant[person] if r >= 0]
    partners = [p for r in mine for p in state.pairs[r] if p != person]
    victims = {person}
    if partners:
        victims.add(rng.choice(partners))
    affected = set(victims)
    for victim in victims:
        for request in state.occupant[victim]:
            if request >= 0:
                affected.update(state.pairs[request])
                state.remove(request)
    return affected


def _recreate(search: Search, affected: set[int], incident, rng: random.Random) -> None:
    state = search.state
    candidates = {r for p in sorted(affected) for r in incident[p] if state.slot_of[r] < 0}
    noise = {r: 1.0 + ORDER_NOISE * rng.random() for r in sorted(candidates)}
    order = sorted(candidates, key=lambda r: (-state.weights[r] * noise[r], r))
    search.fill_direct(order)
    for request in order:
        if state.slot_of[request] < 0:
            search.insert(request)
