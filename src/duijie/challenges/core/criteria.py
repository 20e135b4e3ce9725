"""Checks of evaluation criteria and scores (pure Python)."""

from __future__ import annotations

from collections.abc import Iterable

SCALE_MIN = 0
SCALE_MAX = 10
WEIGHT_TOTAL = 100


def weights_problem(weights: Iterable[int]) -> str | None:
    """None when the weights are whole positive numbers adding up to 100, else a code."""
    weights = list(weights)
    if not weights:
        return "empty"
    if any(not isinstance(w, int) or w <= 0 for w in weights):
        return "positive"
    if sum(weights) != WEIGHT_TOTAL:
        return "sum"
    return None


def in_scale(value) -> bool:
    """A score is a whole number from SCALE_MIN to SCALE_MAX."""
    return (
        isinstance(value, int) and not isinstance(value, bool) and (SCALE_MIN <= value <= SCALE_MAX)
    )
