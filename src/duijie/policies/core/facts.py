"""The facts a company states about itself, and their validation.

Validation is strict on purpose: an eligibility answer built on a typo'd key or a
negative amount would look authoritative while being wrong. Every problem is reported
per field with a stable machine code (for the web layer to translate) and an English
message (for the command line and logs).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from duijie.policies.core.labels import Label

FactKind = Literal["choice", "number", "percent", "boolean"]
FactValue = str | int | float | bool | None
Facts = dict[str, FactValue]

# Where an error concerns the whole submission rather than one field.
WHOLE_INPUT = "__all__"


@dataclass(frozen=True)
class FactSpec:
    name: str
    kind: FactKind
    label: Label
    choices: Mapping[str, Label] = field(default_factory=dict)


@dataclass(frozen=True)
class FactError:
    field: str
    code: str
    message: str

    def as_dict(self) -> dict[str, str]:
        return {"field": self.field, "code": self.code, "message": self.message}


class FactValidationError(ValueError):
    """Raised by clean_facts; carries every field-level error, not just the first."""

    def __init__(self, errors: list[FactError]) -> None:
        self.errors = tuple(errors)
        super().__init__("; ".join(f"{error.field}: {error.message}" for error in errors))


ENTITY_TYPES: dict[str, Label] = {
    "fie": Label("具有独立法人资格的外商投资企业", "Foreign-invested enterprise (legal person)"),
    "fie_branch": Label("外商投资企业的分支机构", "Branch of a foreign-invested enterprise"),
    "other": Label("其他", "Other"),
}

FACT_SPECS: dict[str, FactSpec] = {
    spec.name: spec
    for spec in (
        FactSpec("entity_type", "choice", Label("主体类型", "Type of entity"), ENTITY_TYPES),
        FactSpec(
            "parent_ownership_pct",
            "percent",
            Label(
                "境外母公司直接或间接持股比例（%）",
                "Overseas parent's direct or indirect shareholding (%)",
            ),
        ),
        FactSpec(
            "parent_total_assets_usd",
            "number",
            Label("母公司资产总额（美元）", "Parent company's total assets (USD)"),
        ),
        FactSpec(
            "registered_capital_usd",
            "number",
            Label("注册资本（美元）", "Registered capital (USD)"),
        ),
        FactSpec(
            "branch_operating_funds_usd",
            "number",
            Label(
                "总机构近三年累计拨付的营运资金（美元）",
                "Operating funds allocated by the head office over the last three years (USD)",
            ),
        ),
        FactSpec(
            "years_operating_in_shanghai",
            "number",
            Label("在上海持续经营年限（年）", "Years of continuous operation in Shanghai"),
        ),
        FactSpec(
            "prior_year_revenue_rmb",
            "number",
            Label("上一年度营业收入（人民币元）", "Prior-year business revenue (RMB)"),
        ),
        FactSpec(
            "parent_bu_revenue_share_pct",
            "percent",
            Label(
                "上一年度营业收入占境外母公司事业部营业收入的比例（%）",
                "Prior-year revenue as a share of the parent business unit's revenue (%)",
            ),
        ),
        FactSpec(
            "serious_dishonesty_last_3y",
            "boolean",
            Label(
                "近三年内是否有严重失信记录",
                "Any serious dishonesty (严重失信) record in the last three years",
            ),
        ),
    )
}


def validate_facts(raw: object) -> list[FactError]:
    """Every problem with a submitted fact mapping; an empty list means it is usable."""
    if not isinstance(raw, Mapping):
        return [FactError(WHOLE_INPUT, "not_an_object", "Facts must be a JSON object.")]
    errors = []
    for name, value in raw.items():
        error = _check_fact(name, value)
        if error is not None:
            errors.append(error)
    return errors


def clean_facts(raw: object) -> Facts:
    """All known facts with omitted ones set to None (unknown); raises on any invalid input."""
    errors = validate_facts(raw)
    if errors:
        raise FactValidationError(errors)
    assert isinstance(raw, Mapping)  # validate_facts reported anything else
    return {name: raw.get(name) for name in FACT_SPECS}


def _check_fact(name: object, value: object) -> FactError | None:
    spec = FACT_SPECS.get(name) if isinstance(name, str) else None
    if spec is None:
        # Rejected rather than ignored: a misspelt key would otherwise silently become "unknown".
        return FactError(str(name), "unknown_fact", f"Unknown fact {name!r}.")
    if value is None:
        return None
    checks = {
        "choice": _check_choice,
        "number": _check_number,
        "percent": _check_percent,
        "boolean": _check_boolean,
    }
    return checks[spec.kind](spec, value)


def _check_choice(spec: FactSpec, value: object) -> FactError | None:
    if isinstance(value, str) and value in spec.choices:
        return None
    allowed = ", ".join(spec.choices)
    return FactError(spec.name, "invalid_choice", f"Must be one of: {allowed}.")


def _check_number(spec: FactSpec, value: object) -> FactError | None:
    # bool is a subclass of int in Python, so it has to be excluded explicitly.
    if isinstance(value, bool) or not isinstance(value, int | float):
        return FactError(spec.name, "not_a_number", "Must be a number or null.")
    if isinstance(value, float) and not math.isfinite(value):
        # json.loads accepts NaN and Infinity, which compare nonsensically. (Integers are
        # always finite, and math.isfinite would overflow on ones too large for a float.)
        return FactError(spec.name, "not_finite", "Must be a finite number.")
    if value < 0:
        return FactError(spec.name, "negative", "Must not be negative.")
    return None


def _check_percent(spec: FactSpec, value: object) -> FactError | None:
    error = _check_number(spec, value)
    if error is None and value > 100:  # type: ignore[operator]
        return FactError(spec.name, "over_100_percent", "A percentage must not exceed 100.")
    return error


def _check_boolean(spec: FactSpec, value: object) -> FactError | None:
    if isinstance(value, bool):
        return None
    return FactError(spec.name, "not_a_boolean", "Must be true, false or null.")
