"""Finding rule sets on disk: by policy id, or the one in force on a given day.

Each policy version is one JSON file named after its policy id in the rules directory,
so publishing a new version of a policy means adding a file, not changing code.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from duijie.policies.core.ruleset import ID_PATTERN, RuleSet, RuleSetError, parse_rule_set

DEFAULT_RULES_DIR = Path(__file__).resolve().parent.parent / "rulesets"


class RuleSetNotFound(LookupError):
    """No rule set has the requested id, or none is in force on the requested day."""


def load_rule_set(policy_id: str, rules_dir: Path | None = None) -> RuleSet:
    """The rule set with this policy id; the id doubles as the file name."""
    # The id may come from a command line or URL, so it must never reach the path unchecked.
    if not ID_PATTERN.fullmatch(policy_id):
        raise RuleSetNotFound(f"No rule set with id {policy_id!r}.")
    path = (rules_dir or DEFAULT_RULES_DIR) / f"{policy_id}.json"
    if not path.is_file():
        raise RuleSetNotFound(f"No rule set with id {policy_id!r}.")
    return read_rule_file(path)


def load_all_rule_sets(rules_dir: Path | None = None) -> tuple[RuleSet, ...]:
    """Every rule set in the directory, oldest first; any malformed file fails the whole load."""
    paths = sorted((rules_dir or DEFAULT_RULES_DIR).glob("*.json"))
    rule_sets = [read_rule_file(path) for path in paths]
    return tuple(sorted(rule_sets, key=lambda rule_set: (rule_set.valid_from, rule_set.policy_id)))


def rule_set_in_force(family: str, day: date, rules_dir: Path | None = None) -> RuleSet:
    """The single rule set of `family` in force on `day`; overlapping versions are a data error."""
    in_force = [
        rule_set
        for rule_set in load_all_rule_sets(rules_dir)
        if rule_set.family == family and rule_set.in_force_on(day)
    ]
    if not in_force:
        raise RuleSetNotFound(f"No {family!r} rule set is in force on {day.isoformat()}.")
    if len(in_force) > 1:
        ids = ", ".join(rule_set.policy_id for rule_set in in_force)
        raise RuleSetError(f"Rule sets overlap on {day.isoformat()}: {ids}.")
    return in_force[0]


def read_rule_file(path: Path) -> RuleSet:
    """Parse one rule file; errors name the file so a broken deployment is easy to trace."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise RuleSetError(f"{path.name}: not valid JSON ({error})") from None
    rule_set = parse_rule_set(data, source=path.name)
    if rule_set.policy_id != path.stem:
        raise RuleSetError(f"{path.name}: policy_id {rule_set.policy_id!r} must match file name")
    return rule_set
