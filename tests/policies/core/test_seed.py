"""The policy-library seed file: it loads, it is consistent with the rules, and bad seeds fail."""

from __future__ import annotations

import copy
import json

import pytest

from duijie.policies.core import load_rule_set
from duijie.policies.core.seed import (
    DEFAULT_SEED_PATH,
    SeedError,
    load_policy_seed,
    seed_problems,
)

SEED = json.loads(DEFAULT_SEED_PATH.read_text(encoding="utf-8"))


def test_shipped_seed_loads():
    ids = [policy["id"] for policy in load_policy_seed()]
    assert ids == ["rhq-2022", "rd-centres-2020", "rhq-capacity-2025", "rhq-fund-2025"]


def test_rhq_entry_matches_its_rule_set():
    policy = next(p for p in load_policy_seed() if p["id"] == "rhq-2022")
    rule_set = load_rule_set(policy["rule_set"])
    assert policy["document_number"] == rule_set.document_number == "沪府规〔2022〕17号"
    assert policy["issuer"] == {
        "zh": "上海市人民政府",
        "en": "Shanghai Municipal People's Government",
    }
    assert (policy["valid_from"], policy["valid_to"]) == (
        rule_set.valid_from.isoformat(),
        rule_set.valid_to.isoformat(),
    )
    assert policy["title"] == rule_set.title.as_dict()


def test_every_rule_set_reference_exists():
    for policy in load_policy_seed():
        if policy["rule_set"] is not None:
            assert load_rule_set(policy["rule_set"]).policy_id == policy["rule_set"]


def broken(mutation) -> dict:
    data = copy.deepcopy(SEED)
    mutation(data)
    return data


@pytest.mark.parametrize(
    ("mutation", "problem"),
    [
        (lambda d: d.update(schema_version=2), "schema_version: expected 1"),
        (lambda d: d.update(policies=[]), "policies: expected a non-empty list"),
        (lambda d: d["policies"][0].pop("verification"), "policies[0]: expected exactly the keys"),
        (lambda d: d["policies"][0]["title"].pop("zh"), "policies[0].title: expected zh and en"),
        (lambda d: d["policies"][1].update(valid_from="Dec 2020"), "policies[1].valid_from:"),
        (
            lambda d: d["policies"][0].update(valid_to="2020-01-01"),
            "policies[0].valid_to: must not be before valid_from",
        ),
        (lambda d: d["policies"][0].update(tags=[]), "policies[0].tags: expected a non-empty"),
        (lambda d: d["policies"][2].update(id="rhq-2022"), "policies: duplicate id(s) rhq-2022"),
        (
            lambda d: d["policies"][0]["articles"][0].update(number=0),
            "policies[0].articles[0].number: expected a positive whole number",
        ),
        (
            lambda d: d["policies"][0]["articles"][0]["heading"].update(en=None),
            "policies[0].articles[0].heading.en: expected text",
        ),
    ],
)
def test_schema_problems_are_reported_with_their_path(mutation, problem):
    problems = seed_problems(broken(mutation))
    assert any(item.startswith(problem) for item in problems), problems


def test_load_raises_with_file_name(tmp_path):
    path = tmp_path / "policies.json"
    path.write_text(json.dumps(broken(lambda d: d.update(schema_version=0))), encoding="utf-8")
    with pytest.raises(SeedError, match="^policies.json: schema_version: expected 1$"):
        load_policy_seed(path)
