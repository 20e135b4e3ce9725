"""Rule files: selection by id and by date, and schema validation on load."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path

import pytest

from duijie.policies.core import (
    DEFAULT_RULES_DIR,
    RuleSetError,
    RuleSetNotFound,
    check_eligibility,
    load_all_rule_sets,
    load_rule_set,
    parse_rule_set,
    rule_set_in_force,
    select_rule_set,
)

SHIPPED = json.loads((DEFAULT_RULES_DIR / "rhq-2022.json").read_text(encoding="utf-8"))


def write_rule_file(directory: Path, data: dict) -> Path:
    path = directory / f"{data['policy_id']}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def version(policy_id: str, valid_from: str, valid_to: str | None, assets: int) -> dict:
    """A copy of the shipped rules with other dates and a different parent-assets threshold."""
    data = copy.deepcopy(SHIPPED)
    data.update(policy_id=policy_id, valid_from=valid_from, valid_to=valid_to)
    data["categories"][0]["criteria"][2]["threshold"] = assets
    return data


def test_every_shipped_rule_file_loads():
    assert [rule_set.policy_id for rule_set in load_all_rule_sets()] == ["rhq-2022"]


@pytest.mark.parametrize("day", ["2022-11-01", "2025-06-30", "2027-10-31"])
def test_rhq_2022_is_in_force_on_its_first_and_last_day(day):
    assert rule_set_in_force("rhq", date.fromisoformat(day)).policy_id == "rhq-2022"


@pytest.mark.parametrize("day", ["2022-10-31", "2027-11-01"])
def test_no_shipped_rhq_rules_outside_the_validity_period(day):
    with pytest.raises(RuleSetNotFound, match=f"No 'rhq' rule set is in force on {day}"):
        rule_set_in_force("rhq", date.fromisoformat(day))


def test_a_new_version_is_a_new_file_and_is_picked_by_date(tmp_path):
    write_rule_file(tmp_path, version("rhq-2022", "2022-11-01", "2027-10-31", 200_000_000))
    write_rule_file(tmp_path, version("rhq-2027", "2027-11-01", None, 300_000_000))
    facts = {"entity_type": "fie", "parent_total_assets_usd": 250_000_000}

    def assets_status(day: str) -> tuple[str, str]:
        report = check_eligibility(facts, on=date.fromisoformat(day), rules_dir=tmp_path)
        outcomes = report.result("regional_hq").outcomes
        return report.rule_set.policy_id, outcomes[2].status

    assert assets_status("2027-10-31") == ("rhq-2022", "met")
    assert assets_status("2027-11-01") == ("rhq-2027", "missed")
    assert assets_status("2099-01-01") == ("rhq-2027", "missed")  # open-ended valid_to


def test_overlapping_versions_are_a_data_error(tmp_path):
    write_rule_file(tmp_path, version("rhq-a", "2022-01-01", "2023-12-31", 1))
    write_rule_file(tmp_path, version("rhq-b", "2023-06-01", None, 1))
    with pytest.raises(RuleSetError, match="Rule sets overlap on 2023-07-01: rhq-a, rhq-b"):
        rule_set_in_force("rhq", date(2023, 7, 1), tmp_path)


def test_select_by_policy_id_ignores_the_date(tmp_path):
    assert select_rule_set("rhq", policy_id="rhq-2022").policy_id == "rhq-2022"
    with pytest.raises(ValueError, match="Pass either policy_id or on"):
        select_rule_set("rhq")


@pytest.mark.parametrize("policy_id", ["rhq-1999", "../rules/rhq-2022", "RHQ-2022", ""])
def test_unknown_or_unsafe_policy_id_is_not_found(policy_id):
    with pytest.raises(RuleSetNotFound, match="No rule set with id"):
        load_rule_set(policy_id)


def test_file_name_must_match_policy_id(tmp_path):
    (tmp_path / "rhq-other.json").write_text(json.dumps(SHIPPED), encoding="utf-8")
    with pytest.raises(RuleSetError, match="rhq-other.json: policy_id 'rhq-2022' must match"):
        load_rule_set("rhq-other", tmp_path)


def test_invalid_json_names_the_file(tmp_path):
    (tmp_path / "rhq-x.json").write_text('{"policy_id": ', encoding="utf-8")
    with pytest.raises(RuleSetError, match=r"^rhq-x.json: not valid JSON"):
        load_rule_set("rhq-x", tmp_path)


def test_a_malformed_file_fails_the_whole_directory_load(tmp_path):
    write_rule_file(tmp_path, version("rhq-2022", "2022-11-01", "2027-10-31", 1))
    broken = version("rhq-broken", "2030-01-01", None, 1)
    broken["categories"][0]["criteria"][1]["operator"] = "at_least"
    write_rule_file(tmp_path, broken)
    with pytest.raises(RuleSetError, match="rhq-broken.json: categories"):
        rule_set_in_force("rhq", date(2024, 1, 1), tmp_path)


def mutate(path: tuple, value: object, *, delete: bool = False) -> dict:
    data = copy.deepcopy(SHIPPED)
    target = data
    for key in path[:-1]:
        target = target[key]
    if delete:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return data


C0 = ("categories", 0, "criteria")
BRANCH = ("categories", 1, "criteria", 4)


@pytest.mark.parametrize(
    ("path", "value", "delete", "message"),
    [
        (("schema_version",), 2, False, "schema_version: expected 1"),
        (("valid_from",), "1 Nov 2022", False, "valid_from: expected a date as YYYY-MM-DD"),
        (("valid_from",), "20221101", False, "valid_from: expected a date as YYYY-MM-DD"),
        (("valid_to",), "2021-01-01", False, "valid_to: must not be before valid_from"),
        (("document_number",), None, True, "top level: missing document_number"),
        (("policy_id",), "RHQ 2022", False, "policy_id: expected lower-case letters"),
        (("title",), {"en": "Only English"}, False, "title: missing zh"),
        (("categories",), [], False, "categories: expected a non-empty list"),
        (("categories", 0, "id"), "policy", False, "categories[0].id: 'policy' is reserved"),
        (("categories", 1, "id"), "regional_hq", False, "categories: duplicate id(s) regional_hq"),
        (("categories", 0, "criteria"), [], False, "categories[0].criteria: expected a non-empty"),
        ((*C0, 1, "id"), "legal_form", False, "categories[0].criteria: duplicate id(s) legal_form"),
        ((*C0, 1, "fact"), "parent_share", False, "criteria[1].fact: unknown fact 'parent_share'"),
        ((*C0, 1, "operator"), ">=", False, "criteria[1].operator: unknown operator '>='"),
        ((*C0, 1, "threshold"), "50", False, "criteria[1].threshold: expected a number"),
        ((*C0, 1, "threshold"), None, True, "criteria[1].threshold: expected a number"),
        ((*C0, 0, "threshold"), "wfoe", False, "criteria[0].threshold: expected one of"),
        ((*C0, 0, "operator"), "gte", False, "'gte' cannot compare choice fact"),
        ((*C0, 4, "threshold"), True, False, "criteria[4].threshold: this operator takes no"),
        ((*C0, 1, "label"), {"zh": "", "en": "x"}, False, "criteria[1].label.zh: expected non"),
        ((*C0, 1, "aplies_when"), [], False, "criteria[1]: unknown key(s) aplies_when"),
        ((*BRANCH, "applies_when"), {"fact": "entity_type"}, False, "applies_when: expected a"),
        ((*BRANCH, "applies_when", 0, "threshold"), "branch", False, "applies_when[0].threshold"),
        (("categories", 0, "note"), "text", False, "categories[0].note: expected an object"),
    ],
)
def test_schema_violations_give_a_clear_error(path, value, delete, message):
    with pytest.raises(RuleSetError) as caught:
        parse_rule_set(mutate(path, value, delete=delete), source="rhq-test.json")
    assert str(caught.value).startswith("rhq-test.json: ")
    assert message in str(caught.value)


def test_rule_file_must_be_an_object():
    with pytest.raises(RuleSetError, match="^rules.json: top level: expected an object$"):
        parse_rule_set(["not", "a", "rule", "set"], source="rules.json")
