"""Evaluating validated facts against a rule set.

Three-valued on purpose: a category is eligible (True) only when every applicable
criterion is met, not eligible (False) as soon as one criterion is definitely missed
(even while other facts are unknown, since no further fact can rescue it), and
undecided (None) otherwise, with the facts that would decide it listed in `needed`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from duijie.policies.core.facts import FactValue
from duijie.policies.core.operators import compare
from duijie.policies.core.ruleset import Category, Condition, Criterion, RuleSet

Status = Literal["met", "missed", "unknown", "not_applicable"]


@dataclass(frozen=True)
class CriterionOutcome:
    criterion: Criterion
    status: Status
    # Facts whose absence left this criterion undecided; empty unless status is "unknown".
    missing_facts: tuple[str, ...] = ()


@dataclass(frozen=True)
class CategoryResult:
    category: Category
    eligible: bool | None
    outcomes: tuple[CriterionOutcome, ...]

    @property
    def met(self) -> tuple[str, ...]:
        return self._ids("met")

    @property
    def missed(self) -> tuple[str, ...]:
        return self._ids("missed")

    @property
    def unknown(self) -> tuple[str, ...]:
        return self._ids("unknown")

    @property
    def needed(self) -> tuple[str, ...]:
        """Facts that could still change the answer, in criterion order; none once decided."""
        if self.eligible is not None:
            return ()
        names = [name for outcome in self.outcomes for name in outcome.missing_facts]
        return tuple(dict.fromkeys(names))

    def _ids(self, status: Status) -> tuple[str, ...]:
        return tuple(outcome.criterion.id for outcome in self.outcomes if outcome.status == status)


@dataclass(frozen=True)
class EligibilityReport:
    rule_set: RuleSet
    results: tuple[CategoryResult, ...]

    def result(self, category_id: str) -> CategoryResult:
        for result in self.results:
            if result.category.id == category_id:
                return result
        raise KeyError(category_id)


def evaluate(rule_set: RuleSet, facts: Mapping[str, FactValue]) -> EligibilityReport:
    """Evaluate facts already checked by clean_facts; an absent key counts as unknown."""
    results = tuple(evaluate_category(category, facts) for category in rule_set.categories)
    return EligibilityReport(rule_set=rule_set, results=results)


def evaluate_category(category: Category, facts: Mapping[str, FactValue]) -> CategoryResult:
    outcomes = tuple(evaluate_criterion(criterion, facts) for criterion in category.criteria)
    statuses = {outcome.status for outcome in outcomes}
    eligible = False if "missed" in statuses else None if "unknown" in statuses else True
    return CategoryResult(category=category, eligible=eligible, outcomes=outcomes)


def evaluate_criterion(criterion: Criterion, facts: Mapping[str, FactValue]) -> CriterionOutcome:
    applies = _all_hold(criterion.applies_when, facts)
    if applies is False:
        return CriterionOutcome(criterion, "not_applicable")
    verdict = _holds(criterion, facts)
    if applies is None or verdict is None:
        # Whether it applies or whether it is met is open: report every fact that would settle it.
        names = [condition.fact for condition in criterion.applies_when] + [criterion.fact]
        missing = tuple(dict.fromkeys(name for name in names if facts.get(name) is None))
        return CriterionOutcome(criterion, "unknown", missing)
    return CriterionOutcome(criterion, "met" if verdict else "missed")


def _all_hold(conditions: tuple[Condition, ...], facts: Mapping[str, FactValue]) -> bool | None:
    verdicts = [_holds(condition, facts) for condition in conditions]
    if False in verdicts:
        return False
    return None if None in verdicts else True


def _holds(condition: Condition | Criterion, facts: Mapping[str, FactValue]) -> bool | None:
    return compare(condition.operator, facts.get(condition.fact), condition.threshold)
