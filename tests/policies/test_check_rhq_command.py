"""`duijie check-rhq`: one JSON line out, JSON errors on stderr with a non-zero exit."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

import duijie

BRANCH_FACTS = {
    "entity_type": "fie_branch",
    "parent_ownership_pct": 60,
    "parent_total_assets_usd": 150_000_000,
    "branch_operating_funds_usd": 1_000_000,
    "serious_dishonesty_last_3y": False,
}


def write_facts(tmp_path: Path, facts: object) -> Path:
    path = tmp_path / "facts.json"
    path.write_text(json.dumps(facts), encoding="utf-8")
    return path


def run(*args: str) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("check_rhq", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def run_failing(*args: str) -> tuple[int, dict]:
    err = StringIO()
    with pytest.raises(SystemExit) as caught:
        call_command("check_rhq", *args, stdout=StringIO(), stderr=err)
    lines = err.getvalue().splitlines()
    assert len(lines) == 1
    return caught.value.code, json.loads(lines[0])


def test_prints_one_json_line_with_all_three_categories(tmp_path):
    out, err = run("--json", str(write_facts(tmp_path, BRANCH_FACTS)), "--policy", "rhq-2022")
    assert err == ""
    assert out.count("\n") == 1
    assert json.loads(out) == {
        "policy": {
            "id": "rhq-2022",
            "document_number": "沪府规〔2022〕17号",
            "valid_from": "2022-11-01",
            "valid_to": "2027-10-31",
        },
        "regional_hq": {
            "eligible": False,
            "met": ["parent_ownership", "no_serious_dishonesty"],
            "missed": ["legal_form", "parent_total_assets"],
            "unknown": ["registered_capital"],
            "needed": [],
        },
        "hq_institution": {
            "eligible": True,
            "met": [
                "legal_form",
                "parent_ownership",
                "parent_total_assets",
                "branch_operating_funds",
                "no_serious_dishonesty",
            ],
            "missed": [],
            "unknown": [],
            "needed": [],
        },
        "business_unit_hq": {
            "eligible": False,
            "met": ["parent_ownership", "no_serious_dishonesty"],
            "missed": ["legal_form", "parent_total_assets"],
            "unknown": [
                "registered_capital",
                "years_operating",
                "prior_year_revenue",
                "parent_bu_revenue_share",
            ],
            "needed": [],
        },
    }


def test_missing_facts_give_null_and_the_needed_facts(tmp_path):
    facts = {"entity_type": "fie", "serious_dishonesty_last_3y": False}
    out, _ = run("--json", str(write_facts(tmp_path, facts)), "--date", "2024-05-01")
    regional_hq = json.loads(out)["regional_hq"]
    assert regional_hq["eligible"] is None
    assert regional_hq["needed"] == [
        "parent_ownership_pct",
        "parent_total_assets_usd",
        "registered_capital_usd",
    ]


def test_date_outside_any_rule_set_is_a_command_error(tmp_path):
    with pytest.raises(CommandError, match="No 'rhq' rule set is in force on 2030-01-01"):
        run("--json", str(write_facts(tmp_path, BRANCH_FACTS)), "--date", "2030-01-01")


def test_unknown_policy_is_a_command_error(tmp_path):
    with pytest.raises(CommandError, match="No rule set with id 'rhq-1999'"):
        run("--json", str(write_facts(tmp_path, BRANCH_FACTS)), "--policy", "rhq-1999")


def test_policy_and_date_together_are_refused(tmp_path):
    path = str(write_facts(tmp_path, BRANCH_FACTS))
    with pytest.raises(CommandError, match="not allowed with argument"):
        run("--json", path, "--policy", "rhq-2022", "--date", "2024-01-01")


def test_invalid_facts_print_field_errors_as_json_and_exit_2(tmp_path):
    facts = {
        "entity_type": "branch",
        "parent_ownership_pct": 101,
        "parent_total_assets_usd": -1,
        "registered_capital_usd": "2000000",
        "serious_dishonesty_last_3y": "no",
        "headcount": 12,
    }
    code, payload = run_failing("--json", str(write_facts(tmp_path, facts)), "--policy", "rhq-2022")
    assert code == 2
    assert [(e["field"], e["code"]) for e in payload["errors"]] == [
        ("entity_type", "invalid_choice"),
        ("parent_ownership_pct", "over_100_percent"),
        ("parent_total_assets_usd", "negative"),
        ("registered_capital_usd", "not_a_number"),
        ("serious_dishonesty_last_3y", "not_a_boolean"),
        ("headcount", "unknown_fact"),
    ]
    assert all(error["message"] for error in payload["errors"])


def test_facts_that_are_not_an_object_exit_2(tmp_path):
    code, payload = run_failing("--json", str(write_facts(tmp_path, [1, 2])))
    assert (code, payload["errors"][0]["code"]) == (2, "not_an_object")


def test_file_that_is_not_json_exits_2(tmp_path):
    path = tmp_path / "facts.json"
    path.write_text("entity_type = fie", encoding="utf-8")
    code, payload = run_failing("--json", str(path))
    assert (code, payload["errors"][0]["field"], payload["errors"][0]["code"]) == (
        2,
        "__all__",
        "invalid_json",
    )


def test_missing_file_exits_2(tmp_path):
    code, payload = run_failing("--json", str(tmp_path / "absent.json"))
    assert (code, payload["errors"][0]["code"]) == (2, "unreadable_file")


def test_duijie_wrapper_maps_check_rhq_and_exits_2_on_bad_facts(tmp_path):
    # End to end through `python -m duijie.cli check-rhq`, as a user or script would run it.
    good = write_facts(tmp_path, BRANCH_FACTS)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"parent_ownership_pct": "most"}), encoding="utf-8")
    src_dir = str(Path(duijie.__file__).resolve().parents[1])
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "duijie.settings",
        "PYTHONPATH": os.pathsep.join([src_dir, os.environ.get("PYTHONPATH", "")]),
    }
    command = [sys.executable, "-m", "duijie.cli", "check-rhq", "--policy", "rhq-2022", "--json"]
    ok = subprocess.run([*command, str(good)], capture_output=True, text=True, env=env)
    failed = subprocess.run([*command, str(bad)], capture_output=True, text=True, env=env)
    assert (ok.returncode, json.loads(ok.stdout)["hq_institution"]["eligible"]) == (0, True)
    assert failed.returncode == 2
    assert '"code": "not_a_number"' in failed.stderr
