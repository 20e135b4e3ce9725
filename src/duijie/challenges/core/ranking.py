"""Ranking applications by the panel's scores (pure Python, exact arithmetic).

Each expert's total for an application is the weighted mean of their criterion scores
(weights add up to 100). An application's score is the mean of its experts' totals, and
its spread (max − min of those totals) shows how much the experts disagree. Equal scores are
compared on the criteria from the heaviest to the lightest; applications equal on every
criterion share a rank. Every tie is explained, so the owner can say why one came first.
Fractions keep 7.35 from becoming 7.3499999 and breaking a tie the wrong way.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction


@dataclass(frozen=True)
class Criterion:
    key: int
    weight: int


@dataclass(frozen=True)
class Entry:
    """One application and the submitted score sheets of its experts (criterion → score)."""

    application: int
    sheets: tuple[Mapping[int, int], ...]


@dataclass(frozen=True)
class Tie:
    """How a tie on the score was settled: by `criterion` (its means), or shared."""

    others: tuple[int, ...]
    criterion: int | None = None
    own_mean: float | None = None
    other_mean: float | None = None

    @property
    def shared(self) -> bool:
        return self.criterion is None


@dataclass(frozen=True)
class Ranked:
    application: int
    rank: int | None
    score: float | None
    spread: float | None
    expert_totals: tuple[float, ...]
    criterion_means: dict[int, float] = field(default_factory=dict)
    tie: Tie | None = None


def expert_total(sheet: Mapping[int, int], criteria: Sequence[Criterion]) -> Fraction:
    """One expert's weighted mean on the 0–10 scale."""
    return sum((Fraction(c.weight * sheet[c.key], 100) for c in criteria), Fraction(0))


def _means(entry: Entry, criteria: Sequence[Criterion]) -> dict[int, Fraction]:
    return {
        c.key: Fraction(sum(s[c.key] for s in entry.sheets), len(entry.sheets)) for c in criteria
    }


def _key(entry: Entry, criteria: Sequence[Criterion], order: Sequence[Criterion]):
    totals = [expert_total(s, criteria) for s in entry.sheets]
    means = _means(entry, criteria)
    return (sum(totals, Fraction(0)) / len(totals), *(means[c.key] for c in order))


def rank_applications(entries: Sequence[Entry], criteria: Sequence[Criterion]) -> list[Ranked]:
    """Scored applications best first with ranks and tie notes, then the unscored ones."""
    order = sorted(criteria, key=lambda c: (-c.weight, c.key))
    scored = [e for e in entries if e.sheets]
    keys = {e.application: _key(e, criteria, order) for e in scored}
    scored.sort(key=lambda e: (tuple(-k for k in keys[e.application]), e.application))
    results: list[Ranked] = []
    for entry in scored:
        key = keys[entry.application]
        # Applications equal on the score and on every criterion share the better rank.
        first_equal = next(i for i, e in enumerate(scored) if keys[e.application] == key)
        tie = _tie(entry, scored, keys, order)
        results.append(_ranked(entry, criteria, rank=first_equal + 1, tie=tie))
    results += [Ranked(e.application, None, None, None, ()) for e in entries if not e.sheets]
    return results


def _tie(entry: Entry, scored: Sequence[Entry], keys: dict, order: Sequence[Criterion]):
    """The note for `entry` when another application has the same score, else None."""
    key = keys[entry.application]
    same_score = [
        e.application for e in scored if e is not entry and keys[e.application][0] == key[0]
    ]
    if not same_score:
        return None
    exact = tuple(a for a in same_score if keys[a] == key)
    if exact:
        return Tie(others=exact)
    # Explained against the closest rival: the one that differs only on a lighter criterion.
    rival = max(same_score, key=lambda a: _first_difference(key, keys[a]))
    index = _first_difference(key, keys[rival])
    return Tie(
        others=tuple(same_score),
        criterion=order[index - 1].key,
        own_mean=_round(key[index]),
        other_mean=_round(keys[rival][index]),
    )


def _first_difference(a: tuple, b: tuple) -> int:
    return next(i for i in range(1, len(a)) if a[i] != b[i])


def _ranked(entry: Entry, criteria: Sequence[Criterion], *, rank: int, tie) -> Ranked:
    totals = [expert_total(s, criteria) for s in entry.sheets]
    return Ranked(
        application=entry.application,
        rank=rank,
        score=_round(sum(totals, Fraction(0)) / len(totals)),
        spread=_round(max(totals) - min(totals)),
        expert_totals=tuple(_round(t) for t in totals),
        criterion_means={k: _round(v) for k, v in _means(entry, criteria).items()},
        tie=tie,
    )


def _round(value: Fraction) -> float:
    return round(float(value), 2)
