"""The shipped rhq-2022 rule set, evaluated at, just below and without each threshold."""

from __future__ import annotations

import pytest

from duijie.policies.core import check_eligibility, load_rule_set

# Every fact exactly at its published threshold (all thresholds are inclusive).
AT_THRESHOLD_RHQ = {
    "entity_type": "fie",
    "parent_ownership_pct": 50,
    "parent_total_assets_usd": 200_000_000,
    "registered_capital_usd": 2_000_000,
    "serious_dishonesty_last_3y": False,
}
AT_THRESHOLD_BU = {
    **AT_THRESHOLD_RHQ,
    "years_operating_in_shanghai": 1,
    "prior_year_revenue_rmb": 1_000_000_000,
    "parent_bu_revenue_share_pct": 10,
}
AT_THRESHOLD_INSTITUTION = {
    "entity_type": "fie",
    "parent_ownership_pct": 50,
    "parent_total_assets_usd": 100_000_000,
    "registered_capital_usd": 1_000_000,
    "serious_dishonesty_last_3y": False,
}
AT_THRESHOLD_BRANCH = {
    "entity_type": "fie_branch",
    "parent_ownership_pct": 50,
    "parent_total_assets_usd": 100_000_000,
    "branch_operating_funds_usd": 1_000_000,
    "serious_dishonesty_last_3y": False,
}
RHQ_CRITERIA = [
    "legal_form",
    "parent_ownership",
    "parent_total_assets",
    "registered_capital",
    "no_serious_dishonesty",
]
BU_CRITERIA = [
    "legal_form",
    "parent_ownership",
    "parent_total_assets",
    "registered_capital",
    "years_operating",
    "prior_year_revenue",
    "parent_bu_revenue_share",
    "no_serious_dishonesty",
]


def result(facts: dict, category: str):
    return check_eligibility(facts, policy_id="rhq-2022").result(category)


def test_rule_set_metadata():
    rule_set = load_rule_set("rhq-2022")
    assert rule_set.document_number == "沪府规〔2022〕17号"
    assert (rule_set.valid_from.isoformat(), rule_set.valid_to.isoformat()) == (
        "2022-11-01",
        "2027-10-31",
    )
    assert [c.id for c in rule_set.categories] == [
        "regional_hq",
        "hq_institution",
        "business_unit_hq",
    ]


def test_regional_hq_exactly_at_thresholds_is_eligible():
    outcome = result(AT_THRESHOLD_RHQ, "regional_hq")
    assert (outcome.eligible, list(outcome.met), outcome.missed, outcome.needed) == (
        True,
        RHQ_CRITERIA,
        (),
        (),
    )


@pytest.mark.parametrize(
    ("fact", "value", "criterion"),
    [
        ("parent_ownership_pct", 49.99, "parent_ownership"),
        ("parent_total_assets_usd", 199_999_999, "parent_total_assets"),
        ("registered_capital_usd", 1_999_999, "registered_capital"),
        ("entity_type", "fie_branch", "legal_form"),
        ("entity_type", "other", "legal_form"),
    ],
)
def test_regional_hq_just_below_a_threshold_is_not_eligible(fact, value, criterion):
    outcome = result({**AT_THRESHOLD_RHQ, fact: value}, "regional_hq")
    assert (outcome.eligible, outcome.missed) == (False, (criterion,))
    assert criterion not in outcome.met


def test_hq_institution_enterprise_at_thresholds_is_eligible_without_branch_funds():
    outcome = result(AT_THRESHOLD_INSTITUTION, "hq_institution")
    assert outcome.eligible is True
    assert list(outcome.met) == [
        "legal_form",
        "parent_ownership",
        "parent_total_assets",
        "registered_capital",
        "no_serious_dishonesty",
    ]
    statuses = {o.criterion.id: o.status for o in outcome.outcomes}
    assert statuses["branch_operating_funds"] == "not_applicable"


def test_hq_institution_branch_at_thresholds_is_eligible_without_registered_capital():
    outcome = result(AT_THRESHOLD_BRANCH, "hq_institution")
    assert outcome.eligible is True
    assert list(outcome.met) == [
        "legal_form",
        "parent_ownership",
        "parent_total_assets",
        "branch_operating_funds",
        "no_serious_dishonesty",
    ]
    statuses = {o.criterion.id: o.status for o in outcome.outcomes}
    assert statuses["registered_capital"] == "not_applicable"


@pytest.mark.parametrize(
    ("facts", "fact", "value", "criterion"),
    [
        (AT_THRESHOLD_INSTITUTION, "parent_total_assets_usd", 99_999_999.99, "parent_total_assets"),
        (AT_THRESHOLD_INSTITUTION, "registered_capital_usd", 999_999, "registered_capital"),
        (AT_THRESHOLD_INSTITUTION, "parent_ownership_pct", 49.9, "parent_ownership"),
        (AT_THRESHOLD_BRANCH, "branch_operating_funds_usd", 999_999, "branch_operating_funds"),
        (AT_THRESHOLD_BRANCH, "entity_type", "other", "legal_form"),
    ],
)
def test_hq_institution_just_below_a_threshold(facts, fact, value, criterion):
    outcome = result({**facts, fact: value}, "hq_institution")
    assert (outcome.eligible, outcome.missed) == (False, (criterion,))


def test_branch_registered_capital_is_ignored_even_when_low():
    # A branch has no registered capital of its own; a stray small value must not count.
    outcome = result({**AT_THRESHOLD_BRANCH, "registered_capital_usd": 10}, "hq_institution")
    assert outcome.eligible is True


def test_branch_without_operating_funds_needs_that_fact_only():
    facts = {k: v for k, v in AT_THRESHOLD_BRANCH.items() if k != "branch_operating_funds_usd"}
    outcome = result(facts, "hq_institution")
    assert (outcome.eligible, outcome.unknown, outcome.needed) == (
        None,
        ("branch_operating_funds",),
        ("branch_operating_funds_usd",),
    )


def test_hq_institution_with_unknown_entity_type_needs_it_and_both_capital_facts():
    facts = {k: v for k, v in AT_THRESHOLD_INSTITUTION.items() if k != "entity_type"}
    outcome = result(facts, "hq_institution")
    assert outcome.eligible is None
    assert outcome.unknown == ("legal_form", "registered_capital", "branch_operating_funds")
    assert outcome.needed == ("entity_type", "branch_operating_funds_usd")


def test_business_unit_hq_exactly_at_thresholds_is_eligible():
    outcome = result(AT_THRESHOLD_BU, "business_unit_hq")
    assert (outcome.eligible, list(outcome.met)) == (True, BU_CRITERIA)


@pytest.mark.parametrize(
    ("fact", "value", "criterion"),
    [
        ("years_operating_in_shanghai", 0.99, "years_operating"),
        ("prior_year_revenue_rmb", 999_999_999, "prior_year_revenue"),
        ("parent_bu_revenue_share_pct", 9.99, "parent_bu_revenue_share"),
        ("registered_capital_usd", 1_999_999, "registered_capital"),
        ("parent_total_assets_usd", 199_999_999, "parent_total_assets"),
        ("entity_type", "fie_branch", "legal_form"),
    ],
)
def test_business_unit_hq_just_below_a_threshold(fact, value, criterion):
    outcome = result({**AT_THRESHOLD_BU, fact: value}, "business_unit_hq")
    assert (outcome.eligible, outcome.missed) == (False, (criterion,))


def test_regional_hq_facts_alone_leave_business_unit_hq_undecided():
    outcome = result(AT_THRESHOLD_RHQ, "business_unit_hq")
    assert outcome.eligible is None
    assert outcome.unknown == ("years_operating", "prior_year_revenue", "parent_bu_revenue_share")
    assert outcome.needed == (
        "years_operating_in_shanghai",
        "prior_year_revenue_rmb",
        "parent_bu_revenue_share_pct",
    )


@pytest.mark.parametrize("category", ["regional_hq", "hq_institution", "business_unit_hq"])
def test_no_facts_at_all_is_undecided_and_lists_every_needed_fact(category):
    outcome = result({}, category)
    assert (outcome.eligible, outcome.met, outcome.missed) == (None, (), ())
    expected = {
        "regional_hq": (
            "entity_type",
            "parent_ownership_pct",
            "parent_total_assets_usd",
            "registered_capital_usd",
            "serious_dishonesty_last_3y",
        ),
        "hq_institution": (
            "entity_type",
            "parent_ownership_pct",
            "parent_total_assets_usd",
            "registered_capital_usd",
            "branch_operating_funds_usd",
            "serious_dishonesty_last_3y",
        ),
        "business_unit_hq": (
            "entity_type",
            "parent_ownership_pct",
            "parent_total_assets_usd",
            "registered_capital_usd",
            "years_operating_in_shanghai",
            "prior_year_revenue_rmb",
            "parent_bu_revenue_share_pct",
            "serious_dishonesty_last_3y",
        ),
    }
    assert outcome.needed == expected[category]


@pytest.mark.parametrize(
    ("facts", "category"),
    [
        (AT_THRESHOLD_RHQ, "regional_hq"),
        (AT_THRESHOLD_INSTITUTION, "hq_institution"),
        (AT_THRESHOLD_BRANCH, "hq_institution"),
        (AT_THRESHOLD_BU, "business_unit_hq"),
    ],
)
def test_serious_dishonesty_makes_every_category_ineligible(facts, category):
    outcome = result({**facts, "serious_dishonesty_last_3y": True}, category)
    assert (outcome.eligible, outcome.missed) == (False, ("no_serious_dishonesty",))


@pytest.mark.parametrize("category", ["regional_hq", "business_unit_hq"])
def test_unknown_dishonesty_record_leaves_it_undecided(category):
    facts = {**AT_THRESHOLD_BU, "serious_dishonesty_last_3y": None}
    outcome = result(facts, category)
    assert (outcome.eligible, outcome.needed) == (None, ("serious_dishonesty_last_3y",))


def test_a_definite_miss_decides_false_even_with_facts_missing():
    outcome = result({"entity_type": "other"}, "regional_hq")
    assert outcome.eligible is False
    assert outcome.missed == ("legal_form",)
    assert outcome.unknown == (
        "parent_ownership",
        "parent_total_assets",
        "registered_capital",
        "no_serious_dishonesty",
    )
    # Nothing left to ask: no missing fact could turn a definite miss into a pass.
    assert outcome.needed == ()


def test_well_above_thresholds_all_three_categories_eligible():
    facts = {
        "entity_type": "fie",
        "parent_ownership_pct": 100,
        "parent_total_assets_usd": 5e9,
        "registered_capital_usd": 3e7,
        "years_operating_in_shanghai": 12,
        "prior_year_revenue_rmb": 4.2e9,
        "parent_bu_revenue_share_pct": 35.5,
        "serious_dishonesty_last_3y": False,
    }
    report = check_eligibility(facts, policy_id="rhq-2022")
    assert [r.eligible for r in report.results] == [True, True, True]
