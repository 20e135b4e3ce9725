"""Policy API: bilingual search, and the eligibility endpoint with the command's structure."""

import json
from io import StringIO

import pytest
from django.core.management import call_command

from duijie.policies.domain.seed import load_policy_library

pytestmark = pytest.mark.django_db
URL = "/api/policies/rhq-eligibility"
BRANCH_FACTS = {
    "entity_type": "fie_branch",
    "parent_ownership_pct": 60,
    "parent_total_assets_usd": 150_000_000,
    "branch_operating_funds_usd": 1_000_000,
    "serious_dishonesty_last_3y": False,
}


def post(client, body, **extra):
    data = body if isinstance(body, str) else json.dumps(body)
    return client.post(URL, data, content_type="application/json", **extra)


def test_the_answer_has_exactly_the_commands_structure(client, tmp_path):
    path = tmp_path / "facts.json"
    path.write_text(json.dumps(BRANCH_FACTS), "utf-8")
    out = StringIO()
    call_command("check_rhq", "--json", str(path), stdout=out)
    response = post(client, BRANCH_FACTS)
    assert response.status_code == 200
    assert response.json() == json.loads(out.getvalue())
    assert response.json()["hq_institution"]["eligible"] is True


def test_labels_can_be_asked_for(client):
    data = post(client, BRANCH_FACTS, QUERY_STRING="labels=true").json()
    assert data["regional_hq"]["label"] == {"zh": "跨国公司地区总部", "en": "Regional headquarters"}
    assert {"id", "fact", "status", "label"} == set(data["regional_hq"]["criteria"][0])


def test_unknown_facts_mean_cannot_decide(client):
    data = post(client, {"entity_type": "fie"}).json()
    assert data["regional_hq"]["eligible"] is None
    assert "parent_total_assets_usd" in data["regional_hq"]["needed"]


@pytest.mark.parametrize(
    ("facts", "field", "code"),
    [
        ({"registered_capital_usd": -1}, "registered_capital_usd", "negative"),
        ({"parent_ownership_pct": 100.01}, "parent_ownership_pct", "over_100_percent"),
        ({"parent_total_assets_usd": "200000000"}, "parent_total_assets_usd", "not_a_number"),
        ({"serious_dishonesty_last_3y": "no"}, "serious_dishonesty_last_3y", "not_a_boolean"),
        ({"entity_type": "bank"}, "entity_type", "invalid_choice"),
        ({"parent_ownership_percent": 60}, "parent_ownership_percent", "unknown_fact"),
        ([1, 2], "__all__", "not_an_object"),
        ("{not json", "__all__", "invalid_json"),
        ('{"prior_year_revenue_rmb": 1e999}', "prior_year_revenue_rmb", "not_finite"),
        ('{"prior_year_revenue_rmb": 1' + "0" * 400 + "}", "prior_year_revenue_rmb", "not_finite"),
    ],
)
def test_nonsense_gets_422_with_field_errors(client, facts, field, code):
    response = post(client, facts)
    assert response.status_code == 422
    (error,) = response.json()["errors"]
    assert (error["field"], error["code"]) == (field, code)
    assert error["message"]


def test_error_messages_follow_the_callers_language(client):
    body = {"parent_ownership_pct": 150, "registered_capital_usd": -2}
    zh = post(client, body, HTTP_ACCEPT_LANGUAGE="zh-hans").json()["errors"]
    en = post(client, body, HTTP_ACCEPT_LANGUAGE="en").json()["errors"]
    assert [error["message"] for error in zh] == ["百分比不能超过100。", "不能为负数。"]
    assert [error["message"] for error in en] == [
        "A percentage cannot be more than 100.",
        "This cannot be negative.",
    ]


def test_an_unknown_rule_set_is_404(client):
    assert post(client, {}, QUERY_STRING="policy=rhq-1999").status_code == 404


def test_policy_search_and_detail(client):
    load_policy_library()
    found = client.get("/api/policies", {"q": "研发中心"}).json()
    assert found["items"][0]["slug"] == "rd-centres-2020"
    detail = client.get("/api/policies/rhq-2022").json()
    assert detail["document_number"] == "沪府规〔2022〕17号"
    assert detail["state"] in {"in_force", "expired"}
    assert detail["articles"][0]["heading_en"]
    assert client.get("/api/policies/nope").status_code == 404
