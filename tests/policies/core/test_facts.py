"""Fact validation: every kind of nonsense gets a field-level error with a stable code."""

from __future__ import annotations

import math

import pytest

from duijie.policies.core import (
    FACT_SPECS,
    FactError,
    FactValidationError,
    check_eligibility,
    clean_facts,
    validate_facts,
)


def codes(raw: object) -> dict[str, str]:
    return {error.field: error.code for error in validate_facts(raw)}


def test_valid_facts_have_no_errors():
    assert validate_facts({"entity_type": "fie", "parent_ownership_pct": 100.0}) == []


def test_all_facts_may_be_null():
    assert validate_facts(dict.fromkeys(FACT_SPECS)) == []


def test_clean_facts_fills_omitted_facts_with_none():
    cleaned = clean_facts({"entity_type": "fie_branch"})
    expected = dict.fromkeys(FACT_SPECS) | {"entity_type": "fie_branch"}
    assert cleaned == expected
    assert list(cleaned) == list(FACT_SPECS)


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("parent_total_assets_usd", -1, "negative"),
        ("registered_capital_usd", -0.01, "negative"),
        ("years_operating_in_shanghai", -2, "negative"),
        ("parent_ownership_pct", -5, "negative"),
        ("prior_year_revenue_rmb", "1000000000", "not_a_number"),
        ("branch_operating_funds_usd", "a lot", "not_a_number"),
        ("registered_capital_usd", True, "not_a_number"),
        ("parent_bu_revenue_share_pct", False, "not_a_number"),
        ("parent_total_assets_usd", [1], "not_a_number"),
        ("parent_total_assets_usd", {"usd": 1}, "not_a_number"),
        ("parent_total_assets_usd", math.nan, "not_finite"),
        ("parent_total_assets_usd", math.inf, "not_finite"),
        ("parent_ownership_pct", 100.01, "over_100_percent"),
        ("parent_bu_revenue_share_pct", 250, "over_100_percent"),
        ("entity_type", "wfoe", "invalid_choice"),
        ("entity_type", "FIE", "invalid_choice"),
        ("entity_type", 1, "invalid_choice"),
        ("serious_dishonesty_last_3y", "no", "not_a_boolean"),
        ("serious_dishonesty_last_3y", 0, "not_a_boolean"),
        ("serious_dishonesty_last_3y", "false", "not_a_boolean"),
    ],
)
def test_nonsense_value_gets_a_field_level_error(field, value, code):
    assert codes({field: value}) == {field: code}


def test_percentages_of_exactly_0_and_100_are_fine():
    assert validate_facts({"parent_ownership_pct": 100, "parent_bu_revenue_share_pct": 0}) == []


def test_unknown_extra_key_is_rejected():
    errors = validate_facts({"entity_type": "fie", "employees": 40})
    assert errors == [FactError("employees", "unknown_fact", "Unknown fact 'employees'.")]


def test_misspelt_key_is_rejected_not_ignored():
    assert codes({"parent_ownership_percent": 60}) == {"parent_ownership_percent": "unknown_fact"}


@pytest.mark.parametrize("raw", [[], "facts", 3, None])
def test_non_object_input_is_one_whole_input_error(raw):
    assert codes(raw) == {"__all__": "not_an_object"}


def test_every_error_is_reported_at_once_with_english_messages():
    errors = validate_facts(
        {
            "entity_type": "x",
            "parent_ownership_pct": 101,
            "registered_capital_usd": -3,
            "serious_dishonesty_last_3y": "yes",
            "extra": None,
        }
    )
    assert [error.as_dict() for error in errors] == [
        {
            "field": "entity_type",
            "code": "invalid_choice",
            "message": "Must be one of: fie, fie_branch, other.",
        },
        {
            "field": "parent_ownership_pct",
            "code": "over_100_percent",
            "message": "A percentage must not exceed 100.",
        },
        {"field": "registered_capital_usd", "code": "negative", "message": "Must not be negative."},
        {
            "field": "serious_dishonesty_last_3y",
            "code": "not_a_boolean",
            "message": "Must be true, false or null.",
        },
        {"field": "extra", "code": "unknown_fact", "message": "Unknown fact 'extra'."},
    ]


def test_clean_facts_raises_with_all_errors():
    with pytest.raises(FactValidationError) as caught:
        clean_facts({"parent_ownership_pct": 120, "registered_capital_usd": "2m"})
    assert [(e.field, e.code) for e in caught.value.errors] == [
        ("parent_ownership_pct", "over_100_percent"),
        ("registered_capital_usd", "not_a_number"),
    ]


def test_check_eligibility_refuses_invalid_facts_instead_of_guessing():
    with pytest.raises(FactValidationError):
        check_eligibility({"parent_total_assets_usd": -1}, policy_id="rhq-2022")


def test_every_fact_has_both_labels():
    for spec in FACT_SPECS.values():
        assert spec.label.zh and spec.label.en
    assert set(FACT_SPECS["entity_type"].choices) == {"fie", "fie_branch", "other"}
