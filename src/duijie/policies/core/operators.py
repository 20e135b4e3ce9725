"""The comparison operators a rule file may name, and what each one expects.

Keeping the table here (not in the rule files) means a rule file can only say *which*
comparison to make, never run arbitrary logic; a new policy version stays pure data.
"""

from __future__ import annotations

import operator as op
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

ThresholdKind = Literal["number", "choice", "choices", "none"]
Threshold = float | int | str | tuple[str, ...] | None


@dataclass(frozen=True)
class Operator:
    name: str
    threshold_kind: ThresholdKind
    fact_kinds: frozenset[str]
    test: Callable[[Any, Any], bool]


def _is_in(value: Any, choices: Any) -> bool:
    return value in choices


def _is_not_in(value: Any, choices: Any) -> bool:
    return value not in choices


def _is_true(value: Any, _threshold: Any) -> bool:
    return value is True


def _is_false(value: Any, _threshold: Any) -> bool:
    return value is False


_NUMERIC = frozenset({"number", "percent"})
_CHOICE = frozenset({"choice"})
_BOOLEAN = frozenset({"boolean"})

OPERATORS: dict[str, Operator] = {
    operator.name: operator
    for operator in (
        Operator("eq", "choice", _CHOICE, op.eq),
        Operator("ne", "choice", _CHOICE, op.ne),
        Operator("in", "choices", _CHOICE, _is_in),
        Operator("not_in", "choices", _CHOICE, _is_not_in),
        Operator("gte", "number", _NUMERIC, op.ge),
        Operator("gt", "number", _NUMERIC, op.gt),
        Operator("lte", "number", _NUMERIC, op.le),
        Operator("lt", "number", _NUMERIC, op.lt),
        Operator("is_true", "none", _BOOLEAN, _is_true),
        Operator("is_false", "none", _BOOLEAN, _is_false),
    )
}


def compare(operator_name: str, value: object, threshold: Threshold) -> bool | None:
    """Apply a named operator; None when the fact is unknown, because unknown is not a 'no'."""
    if value is None:
        return None
    return OPERATORS[operator_name].test(value, threshold)
