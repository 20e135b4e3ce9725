"""The regional-HQ self-check page: field errors for nonsense, verdicts with their reasons."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db
URL = reverse("web:policies_rhq_check")

ELIGIBLE_HQ_INSTITUTION = {
    "entity_type": "fie",
    "parent_ownership_pct": "100",
    "parent_total_assets_usd": "320,000,000",
    "registered_capital_usd": "1 500 000",
    "serious_dishonesty_last_3y": "false",
}


def test_the_form_uses_the_rule_engines_labels_in_the_readers_language(client):
    zh = client.get(URL, HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()
    en = client.get(URL, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "母公司资产总额（美元）" in zh and "不清楚" in zh
    assert "Parent company&#x27;s total assets (USD)" in en and "Not known" in en


@pytest.mark.parametrize(
    ("field", "value", "english", "chinese"),
    [
        ("parent_total_assets_usd", "lots", "Enter a number", "请输入数字"),
        ("registered_capital_usd", "-1", "cannot be negative", "不能为负数"),
        ("parent_ownership_pct", "120", "cannot be more than 100", "百分比不能超过100"),
        ("parent_bu_revenue_share_pct", "100.5", "cannot be more than 100", "百分比不能超过100"),
        ("years_operating_in_shanghai", "1e999", "ordinary number", "有效的数字"),
        ("entity_type", "bank", "Select a valid choice", "选择一个有效的选项"),
    ],
)
def test_nonsense_numbers_get_field_errors_in_both_languages(
    client, field, value, english, chinese
):
    for language, expected in (("en", english), ("zh-hans", chinese)):
        response = client.post(URL, {field: value}, HTTP_ACCEPT_LANGUAGE=language)
        errors = response.context["form"].errors
        assert list(errors) == [field]
        assert expected in errors[field][0]
        assert f'value="{value}"' in response.content.decode() or field == "entity_type"


def test_all_errors_are_reported_at_once(client):
    data = {
        "parent_ownership_pct": "150",
        "registered_capital_usd": "-5",
        "prior_year_revenue_rmb": "x",
    }
    errors = client.post(URL, data, HTTP_ACCEPT_LANGUAGE="en").context["form"].errors
    assert set(errors) == set(data)


def test_an_empty_form_cannot_decide_and_lists_what_is_needed(client):
    html = client.post(URL, {}, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert html.count("Cannot decide yet") == 3
    assert "To decide, the check still needs:" in html
    assert "Type of entity" in html


def test_a_result_cites_the_criteria_met_and_missed_in_english(client):
    html = client.post(URL, ELIGIBLE_HQ_INSTITUTION, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert 'Regional headquarters: <span class="verdict-not_eligible">Does not meet' in html
    assert 'Headquarters-type institution: <span class="verdict-eligible">Meets' in html
    assert 'class="status-missed">Registered capital of at least US$2 million' in html
    assert "沪府规〔2022〕17号" in html
    assert "320,000,000" in html


def test_a_result_in_chinese_uses_the_rule_sets_chinese_labels(client):
    html = client.post(
        URL, ELIGIBLE_HQ_INSTITUTION, HTTP_ACCEPT_LANGUAGE="zh-hans"
    ).content.decode()
    assert "跨国公司总部型机构：" not in html  # the colon is the template's, not the label's
    assert '跨国公司总部型机构: <span class="verdict-eligible">符合认定条件' in html
    assert "注册资本不低于200万美元 — <em>不符合</em>" in html
    assert "分支机构：总机构近三年累计拨付的营运资金不低于100万美元 — <em>不适用</em>" in html


def test_nothing_is_stored(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(3):
        client.post(URL, ELIGIBLE_HQ_INSTITUTION)
