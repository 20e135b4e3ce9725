"""Rule sets: one policy version's eligibility criteria, parsed from plain data.

A rule file is checked completely when it is parsed, so a typo in a threshold or an
operator fails loudly at load time (and in CI) instead of quietly changing answers.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from duijie.policies.core.facts import FACT_SPECS
from duijie.policies.core.labels import LANGUAGES, Label
from duijie.policies.core.operators import OPERATORS, Threshold

SCHEMA_VERSION = 1
ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9_-]*")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# Category ids become top-level keys of a report next to "policy", so that one is taken.
RESERVED_CATEGORY_IDS = frozenset({"policy"})


class RuleSetError(ValueError):
    """A rule file does not follow the schema; the message names the file and the field."""


@dataclass(frozen=True)
class Condition:
    fact: str
    operator: str
    threshold: Threshold


@dataclass(frozen=True)
class Criterion:
    id: str
    fact: str
    operator: str
    threshold: Threshold
    label: Label
    applies_when: tuple[Condition, ...] = ()


@dataclass(frozen=True)
class Category:
    id: str
    label: Label
    criteria: tuple[Criterion, ...]
    note: Label | None = None


@dataclass(frozen=True)
class RuleSet:
    policy_id: str
    family: str
    document_number: str
    title: Label
    valid_from: date
    valid_to: date | None
    source_url: str | None
    categories: tuple[Category, ...]

    def in_force_on(self, day: date) -> bool:
        """Both ends inclusive; an open valid_to means no announced end."""
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)

    def category(self, category_id: str) -> Category:
        for category in self.categories:
            if category.id == category_id:
                return category
        raise KeyError(category_id)


_RULE_SET_KEYS = {
    "schema_version",
    "policy_id",
    "family",
    "document_number",
    "title",
    "valid_from",
    "valid_to",
    "source_url",
    "categories",
}
_CATEGORY_KEYS = {"id", "label", "note", "criteria"}
_CRITERION_KEYS = {"id", "fact", "operator", "threshold", "label", "applies_when"}
_CONDITION_KEYS = {"fact", "operator", "threshold"}


def parse_rule_set(data: object, source: str = "<rule set>") -> RuleSet:
    """Build a RuleSet from decoded JSON, or raise RuleSetError saying what is wrong where."""
    try:
        return _parse_rule_set(data)
    except RuleSetError as error:
        raise RuleSetError(f"{source}: {error}") from None


def _parse_rule_set(data: object) -> RuleSet:
    fields = _mapping(data, "", required=_RULE_SET_KEYS - {"source_url"}, allowed=_RULE_SET_KEYS)
    if fields["schema_version"] != SCHEMA_VERSION:
        raise RuleSetError(f"schema_version: expected {SCHEMA_VERSION}")
    valid_from = _date(fields["valid_from"], "valid_from")
    valid_to = None if fields["valid_to"] is None else _date(fields["valid_to"], "valid_to")
    if valid_to is not None and valid_to < valid_from:
        raise RuleSetError("valid_to: must not be before valid_from")
    return RuleSet(
        policy_id=_identifier(fields["policy_id"], "policy_id"),
        family=_identifier(fields["family"], "family"),
        document_number=_text(fields["document_number"], "document_number"),
        title=_label(fields["title"], "title"),
        valid_from=valid_from,
        valid_to=valid_to,
        source_url=_optional_text(fields.get("source_url"), "source_url"),
        categories=_categories(fields["categories"]),
    )


def _categories(data: object) -> tuple[Category, ...]:
    items = _non_empty_list(data, "categories")
    categories = tuple(_category(item, f"categories[{index}]") for index, item in enumerate(items))
    _require_unique([category.id for category in categories], "categories")
    return categories


def _category(data: object, path: str) -> Category:
    fields = _mapping(data, path, required={"id", "label", "criteria"}, allowed=_CATEGORY_KEYS)
    category_id = _identifier(fields["id"], f"{path}.id")
    if category_id in RESERVED_CATEGORY_IDS:
        raise RuleSetError(f"{path}.id: {category_id!r} is reserved")
    items = _non_empty_list(fields["criteria"], f"{path}.criteria")
    criteria = tuple(
        _criterion(item, f"{path}.criteria[{index}]") for index, item in enumerate(items)
    )
    _require_unique([criterion.id for criterion in criteria], f"{path}.criteria")
    note = fields.get("note")
    return Category(
        id=category_id,
        label=_label(fields["label"], f"{path}.label"),
        criteria=criteria,
        note=None if note is None else _label(note, f"{path}.note"),
    )


def _criterion(data: object, path: str) -> Criterion:
    required = {"id", "fact", "operator", "label"}
    fields = _mapping(data, path, required=required, allowed=_CRITERION_KEYS)
    condition = _condition(fields, path)
    conditions = fields.get("applies_when", [])
    if not isinstance(conditions, list):
        raise RuleSetError(f"{path}.applies_when: expected a list")
    return Criterion(
        id=_identifier(fields["id"], f"{path}.id"),
        fact=condition.fact,
        operator=condition.operator,
        threshold=condition.threshold,
        label=_label(fields["label"], f"{path}.label"),
        applies_when=tuple(
            _applies_when(item, f"{path}.applies_when[{index}]")
            for index, item in enumerate(conditions)
        ),
    )


def _applies_when(data: object, path: str) -> Condition:
    fields = _mapping(data, path, required={"fact", "operator"}, allowed=_CONDITION_KEYS)
    return _condition(fields, path)


def _condition(fields: Mapping[str, object], path: str) -> Condition:
    """Check that fact, operator and threshold fit together, e.g. gte needs a numeric fact."""
    fact = fields["fact"]
    if not isinstance(fact, str) or fact not in FACT_SPECS:
        raise RuleSetError(f"{path}.fact: unknown fact {fact!r}")
    operator_name = fields["operator"]
    operator = OPERATORS.get(operator_name) if isinstance(operator_name, str) else None
    if operator is None:
        raise RuleSetError(f"{path}.operator: unknown operator {operator_name!r}")
    spec = FACT_SPECS[fact]
    if spec.kind not in operator.fact_kinds:
        raise RuleSetError(f"{path}.operator: {operator.name!r} cannot compare {spec.kind} fact")
    threshold = _threshold(
        fields.get("threshold"), operator.threshold_kind, set(spec.choices), f"{path}.threshold"
    )
    return Condition(fact=fact, operator=operator.name, threshold=threshold)


def _threshold(data: object, kind: str, choices: set[str], path: str) -> Threshold:
    if kind == "none":
        if data is not None:
            raise RuleSetError(f"{path}: this operator takes no threshold")
        return None
    if kind == "number":
        if isinstance(data, bool) or not isinstance(data, int | float):
            raise RuleSetError(f"{path}: expected a number")
        return data
    if kind == "choice":
        return _choice(data, choices, path)
    values = _non_empty_list(data, path)
    return tuple(_choice(value, choices, f"{path}[{index}]") for index, value in enumerate(values))


def _choice(data: object, choices: set[str], path: str) -> str:
    if not isinstance(data, str) or data not in choices:
        raise RuleSetError(f"{path}: expected one of {sorted(choices)}")
    return data


def _mapping(
    data: object, path: str, *, required: set[str], allowed: set[str]
) -> Mapping[str, object]:
    where = path or "top level"
    if not isinstance(data, Mapping):
        raise RuleSetError(f"{where}: expected an object")
    missing = sorted(required - data.keys())
    if missing:
        raise RuleSetError(f"{where}: missing {', '.join(missing)}")
    # Unknown keys are errors so that a misspelt "applies_when" cannot silently drop a rule.
    unknown = sorted(set(data.keys()) - allowed)
    if unknown:
        raise RuleSetError(f"{where}: unknown key(s) {', '.join(unknown)}")
    return data


def _non_empty_list(data: object, path: str) -> list[object]:
    if not isinstance(data, list) or not data:
        raise RuleSetError(f"{path}: expected a non-empty list")
    return data


def _require_unique(ids: list[str], path: str) -> None:
    duplicates = sorted({item for item in ids if ids.count(item) > 1})
    if duplicates:
        raise RuleSetError(f"{path}: duplicate id(s) {', '.join(duplicates)}")


def _identifier(data: object, path: str) -> str:
    if not isinstance(data, str) or not ID_PATTERN.fullmatch(data):
        raise RuleSetError(f"{path}: expected lower-case letters, digits, '-' or '_'")
    return data


def _text(data: object, path: str) -> str:
    if not isinstance(data, str) or not data.strip():
        raise RuleSetError(f"{path}: expected non-empty text")
    return data


def _optional_text(data: object, path: str) -> str | None:
    return None if data is None else _text(data, path)


def _label(data: object, path: str) -> Label:
    fields = _mapping(data, path, required=set(LANGUAGES), allowed=set(LANGUAGES))
    return Label(zh=_text(fields["zh"], f"{path}.zh"), en=_text(fields["en"], f"{path}.en"))


def _date(data: object, path: str) -> date:
    parsed = parse_iso_date(data)
    if parsed is None:
        raise RuleSetError(f"{path}: expected a date as YYYY-MM-DD")
    return parsed


def parse_iso_date(data: object) -> date | None:
    """A YYYY-MM-DD date, or None; stricter than date.fromisoformat, which accepts 20221101."""
    if not isinstance(data, str) or not ISO_DATE.fullmatch(data):
        return None
    try:
        return date.fromisoformat(data)
    except ValueError:
        return None
