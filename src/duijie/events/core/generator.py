"""Deterministic generator of realistic test instances (benchmarks, tests, demos).

Popularity is skewed the way matchmaking events are: a few exhibitors draw most
requests (Zipf), participants attend only part of the day, and quotas differ. The same
arguments always give the same instance (`random.Random(seed)` and no global state).
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from .model import Instance, Participant, Request, Slot

SLOT_MINUTES = 15
DAY_START = datetime(2026, 3, 10, 9, 0)


def generate_instance(
    n_participants: int,
    n_requests: int,
    n_slots: int,
    n_tables: int,
    seed: int = 0,
    zipf_exponent: float = 1.0,
    exhibitor_share: float = 0.15,
) -> Instance:
    """An instance with `n_requests` distinct pairs (fewer if the pairs run out)."""
    rng = random.Random(seed)
    slots = _slots(n_slots)
    n_exhibitors = max(1, round(n_participants * exhibitor_share))
    participants = tuple(
        _participant(rng, index, slots, is_exhibitor=index < n_exhibitors)
        for index in range(n_participants)
    )
    requests = _requests(rng, participants, n_exhibitors, n_requests, zipf_exponent)
    tables = tuple(f"T{number:03d}" for number in range(1, n_tables + 1))
    return Instance(slots, tables, participants, requests)


def _slots(n_slots: int) -> tuple[Slot, ...]:
    slots = []
    for index in range(n_slots):
        # A lunch break after the first half keeps slot times realistic, not contiguous.
        lunch = timedelta(minutes=60) if index >= n_slots // 2 else timedelta()
        start = DAY_START + timedelta(minutes=SLOT_MINUTES * index) + lunch
        end = start + timedelta(minutes=SLOT_MINUTES)
        slots.append(Slot(f"s{index + 1:02d}", _iso(start), _iso(end)))
    return tuple(slots)


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M")


def _participant(
    rng: random.Random, index: int, slots: tuple[Slot, ...], is_exhibitor: bool
) -> Participant:
    n_slots = len(slots)
    window = _availability_window(rng, n_slots, is_exhibitor)
    if n_slots > 2 and rng.random() < 0.2:  # a coffee break or a talk they attend
        window.discard(rng.randrange(n_slots))
    if is_exhibitor:
        quota = rng.randint(max(1, n_slots // 2), n_slots)
    else:
        quota = rng.randint(min(3, n_slots), max(3, n_slots // 2))
    available = tuple(slots[i].id for i in sorted(window))
    return Participant(f"p{index + 1:05d}", available, quota)


def _availability_window(rng: random.Random, n_slots: int, is_exhibitor: bool) -> set[int]:
    half = n_slots // 2
    roll = rng.random()
    if is_exhibitor or roll < 0.45:
        return set(range(n_slots))
    if roll < 0.65:
        return set(range(max(1, half)))
    if roll < 0.85:
        return set(range(half, n_slots))
    length = rng.randint(max(1, n_slots // 4), max(1, 3 * n_slots // 4))
    first = rng.randint(0, n_slots - length)
    return set(range(first, first + length))


def _requests(
    rng: random.Random,
    participants: tuple[Participant, ...],
    n_exhibitors: int,
    n_requests: int,
    exponent: float,
) -> tuple[Request, ...]:
    n = len(participants)
    exhibitor_weights = _zipf_cumulative(n_exhibitors, exponent)
    everyone_order = list(range(n))
    rng.shuffle(everyone_order)
    everyone_weights = _zipf_cumulative(n, exponent)
    seen: set[frozenset[int]] = set()
    requests: list[Request] = []
    attempts = 0
    while len(requests) < n_requests and attempts < 20 * n_requests + 100:
        attempts += 1
        requester = rng.randrange(n)
        if rng.random() < 0.7:
            target = rng.choices(range(n_exhibitors), cum_weights=exhibitor_weights)[0]
        else:
            target = everyone_order[rng.choices(range(n), cum_weights=everyone_weights)[0]]
        pair = frozenset((requester, target))
        if requester == target or pair in seen:
            continue
        seen.add(pair)
        weight = rng.choices((1, 2, 3, 5, 8), cum_weights=(40, 70, 88, 96, 100))[0]
        requests.append(Request(participants[requester].id, participants[target].id, weight))
    return tuple(requests)


def _zipf_cumulative(count: int, exponent: float) -> list[float]:
    total = 0.0
    cumulative = []
    for rank in range(1, count + 1):
        total += rank**-exponent
        cumulative.append(total)
    return cumulative
