"""Policy library pages: search, tag and validity filters, bilingual detail, related requests."""

import datetime

import pytest
from django.urls import reverse

from duijie.policies.domain.seed import load_policy_library
from duijie.policies.models import Policy
from tests.conftest import login
from tests.policies.factories import PolicyFactory, PolicyTagFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded():
    load_policy_library()
    return Policy.objects.get(slug="rhq-2022")


def test_the_list_searches_in_chinese_and_english(client, seeded):
    url = reverse("web:policies_list")
    html = client.get(url, {"q": "研发中心"}, HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()
    assert "上海市鼓励设立和发展外资研发中心的规定" in html
    html = client.get(url, {"q": "development fund"}, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Fund for the Development of Regional Headquarters" in html


def test_the_list_filters_by_tag_and_validity(client):
    today = datetime.date.today()
    tag = PolicyTagFactory(code="funding", name_zh="资金支持", name_en="Funding")
    current = PolicyFactory(title_en="Current measures")
    current.tags.add(tag)
    PolicyFactory(title_en="Old measures", valid_to=today - datetime.timedelta(days=1))
    url = reverse("web:policies_list")
    html = client.get(url, {"tag": "funding"}, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Current measures" in html and "Old measures" not in html
    html = client.get(url, {"state": "expired"}, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Old measures" in html and "Current measures" not in html


def test_state_is_computed_from_the_dates(client):
    today = datetime.date.today()
    expired = PolicyFactory(
        valid_from=datetime.date(2019, 1, 1), valid_to=today - datetime.timedelta(days=1)
    )
    last_day = PolicyFactory(valid_to=today)
    coming = PolicyFactory(valid_from=today + datetime.timedelta(days=1), valid_to=None)
    assert (expired.current_state, last_day.current_state, coming.current_state) == (
        "expired",
        "in_force",
        "not_yet",
    )
    html = client.get(
        reverse("web:policies_detail", args=[expired.slug]), HTTP_ACCEPT_LANGUAGE="zh-hans"
    )
    assert "已失效" in html.content.decode()


def test_the_detail_page_in_both_languages(client, seeded):
    url = reverse("web:policies_detail", args=[seeded.slug])
    zh = client.get(url, HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()
    en = client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "<h1>上海市鼓励跨国公司设立地区总部的规定</h1>" in zh
    assert "沪府规〔2022〕17号" in zh and "现行有效" in zh and "发文机关" in zh and "施行期间" in zh
    assert "<h1>Provisions of Shanghai Municipality on Encouraging" in en
    assert "In force" in en and "Issued by" in en
    assert reverse("web:policies_rhq_check") in zh


def test_unpublished_or_unknown_policies_are_404(client):
    hidden = PolicyFactory(is_published=False)
    assert client.get(reverse("web:policies_detail", args=[hidden.slug])).status_code == 404
    assert client.get(reverse("web:policies_detail", args=["nope"])).status_code == 404


def test_only_requests_the_reader_may_see_are_listed_as_related(client, desk, submit, seeded):
    own = submit(subject="My RHQ question")
    other = submit(actor=desk.stranger, subject="Their RHQ question")
    seeded.related_requests.add(own, other)
    url = reverse("web:policies_detail", args=[seeded.slug])
    html = login(client, desk.requester).get(url).content.decode()
    assert own.subject in html and other.subject not in html
    html = client.logout() or client.get(url).content.decode()
    assert own.subject not in html and other.subject not in html
