"""One call for callers that start from raw submitted facts: validate, pick rules, evaluate."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from duijie.policies.core.engine import EligibilityReport, evaluate
from duijie.policies.core.facts import clean_facts
from duijie.policies.core.loader import load_rule_set, rule_set_in_force
from duijie.policies.core.ruleset import RuleSet

RHQ_FAMILY = "rhq"


def select_rule_set(
    family: str,
    *,
    policy_id: str | None = None,
    on: date | None = None,
    rules_dir: Path | None = None,
) -> RuleSet:
    """An explicit policy id wins; otherwise the version in force on `on` (required then).

    The day is never defaulted here so that the core stays free of clocks; callers pass
    today's date themselves.
    """
    if policy_id is not None:
        return load_rule_set(policy_id, rules_dir)
    if on is None:
        raise ValueError("Pass either policy_id or on.")
    return rule_set_in_force(family, on, rules_dir)


def check_eligibility(
    raw_facts: object,
    *,
    family: str = RHQ_FAMILY,
    policy_id: str | None = None,
    on: date | None = None,
    rules_dir: Path | None = None,
) -> EligibilityReport:
    """Validate raw facts (raises FactValidationError) and evaluate them against the rules."""
    facts = clean_facts(raw_facts)
    rule_set = select_rule_set(family, policy_id=policy_id, on=on, rules_dir=rules_dir)
    return evaluate(rule_set, facts)
