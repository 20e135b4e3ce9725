"""Policy eligibility rules as data, evaluated by pure functions (no Django here).

Typical use from the web layer::

    report = check_eligibility(submitted_facts, on=date.today())
    payload = report_to_dict(report)

`check_eligibility` raises FactValidationError (field-level `.errors`) for bad input,
RuleSetNotFound when no rule set matches and RuleSetError for a malformed rule file.
"""

from duijie.policies.core.check import RHQ_FAMILY, check_eligibility, select_rule_set
from duijie.policies.core.engine import (
    CategoryResult,
    CriterionOutcome,
    EligibilityReport,
    evaluate,
)
from duijie.policies.core.facts import (
    ENTITY_TYPES,
    FACT_SPECS,
    FactError,
    FactSpec,
    FactValidationError,
    clean_facts,
    validate_facts,
)
from duijie.policies.core.labels import Label
from duijie.policies.core.loader import (
    DEFAULT_RULES_DIR,
    RuleSetNotFound,
    load_all_rule_sets,
    load_rule_set,
    rule_set_in_force,
)
from duijie.policies.core.report import report_to_dict
from duijie.policies.core.ruleset import RuleSet, RuleSetError, parse_rule_set
from duijie.policies.core.seed import SeedError, load_policy_seed

__all__ = [
    "DEFAULT_RULES_DIR",
    "ENTITY_TYPES",
    "FACT_SPECS",
    "RHQ_FAMILY",
    "CategoryResult",
    "CriterionOutcome",
    "EligibilityReport",
    "FactError",
    "FactSpec",
    "FactValidationError",
    "Label",
    "RuleSet",
    "RuleSetError",
    "RuleSetNotFound",
    "SeedError",
    "check_eligibility",
    "clean_facts",
    "evaluate",
    "load_all_rule_sets",
    "load_policy_seed",
    "load_rule_set",
    "parse_rule_set",
    "report_to_dict",
    "rule_set_in_force",
    "select_rule_set",
    "validate_facts",
]
