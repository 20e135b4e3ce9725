"""The journey through the API on demo-like data, and the conversation endpoints' bad input."""

import json
from types import SimpleNamespace

import pytest
from django.test import Client
from django.urls import reverse

from duijie.matching.domain import interest as flow
from duijie.matching.models import Message, Thread
from tests.conftest import login
from tests.factories import ListingFactory, MembershipFactory, OrganisationFactory

pytestmark = pytest.mark.django_db

API = "/api/matching/interests"
PASSWORD = "duijie-demo-2026"


@pytest.fixture
def demo(db):
    """Like the demo: a Shanghai SME writing Chinese, a Singapore company writing English."""
    cn = OrganisationFactory(country="CN", name_zh="杨浦精密电子", name_en="Yangpu Precision")
    sg = OrganisationFactory(country="SG", name_en="Merlion Vision Pte Ltd", name_zh="")
    buyer = MembershipFactory(
        organisation=cn,
        user__email="cn.company@example.com",
        user__full_name="王磊",
        user__language="zh-hans",
        user__phone="+86 21 5555 0101",
    ).user
    seller = MembershipFactory(
        organisation=sg,
        user__email="sg.company@example.com",
        user__full_name="Sarah Lim",
        user__language="en",
        user__phone="+65 6555 0101",
    ).user
    for user in (buyer, seller):
        user.set_password(PASSWORD)
        user.save()
    need = ListingFactory(
        organisation=cn, kind="tech_request", content_locale="zh-hans", title="寻求视觉检测技术"
    )
    offer = ListingFactory(organisation=sg, title="AI visual inspection for PCBs")
    return SimpleNamespace(cn=cn, sg=sg, buyer=buyer, seller=seller, need=need, offer=offer)


def session(user) -> Client:
    """A browser-like client: logged in through the login form, CSRF enforced."""
    client = Client(enforce_csrf_checks=True)
    client.get(reverse("web:login"))
    token = client.cookies["csrftoken"].value
    form = {"username": user.email, "password": PASSWORD, "csrfmiddlewaretoken": token}
    assert client.post(reverse("web:login"), form).status_code == 302
    return client


def post(client: Client, url: str, payload=None):
    token = client.cookies["csrftoken"].value
    body = json.dumps(payload or {})
    return client.post(url, body, content_type="application/json", HTTP_X_CSRFTOKEN=token)


def contacts(client, interest_id) -> list[str]:
    response = client.get(f"{API}/{interest_id}/contacts")
    assert response.status_code == 200
    return [contact["email"] for contact in response.json()]


def unread(client) -> int:
    return client.get("/api/me/notifications").json()["unread"]


def test_express_accept_consent_exchange_and_a_first_message(demo):
    buyer, seller = session(demo.buyer), session(demo.seller)
    created = post(
        buyer,
        API,
        {
            "listing_id": demo.offer.pk,
            "organisation_id": demo.cn.pk,
            "from_listing_id": demo.need.pk,
            "message": "我们希望了解贵司的检测方案。",
        },
    )
    assert created.status_code == 201, created.content
    interest_id = created.json()["id"]
    assert post(seller, f"{API}/{interest_id}/accept").json()["status"] == "accepted"
    assert post(seller, f"{API}/{interest_id}/consent").json()["consented"] is True
    assert contacts(buyer, interest_id) == []
    assert contacts(seller, interest_id) == []
    assert post(buyer, f"{API}/{interest_id}/consent").json()["contacts_exchanged"] is True
    assert contacts(buyer, interest_id) == ["sg.company@example.com"]
    assert contacts(seller, interest_id) == ["cn.company@example.com"]

    before = unread(buyer)
    sent = post(seller, f"{API}/{interest_id}/messages", {"body": "Could we meet on Monday?"})
    assert sent.status_code == 201, sent.content
    assert (sent.json()["author"], sent.json()["mine"]) == ("You", True)
    thread = buyer.get(f"{API}/{interest_id}/messages").json()
    assert thread["unread"] == 1
    assert [(m["author"], m["body"], m["mine"]) for m in thread["items"]] == [
        ("Sarah Lim · Merlion Vision Pte Ltd", "Could we meet on Monday?", False)
    ]
    assert unread(buyer) == before + 1
    assert post(buyer, f"{API}/{interest_id}/messages/read").json() == {"marked": 1}
    assert unread(buyer) == before
    assert buyer.get(f"{API}/{interest_id}/messages").json()["unread"] == 0


@pytest.fixture
def interest(demo):
    return flow.express_interest(
        demo.offer, actor=demo.buyer, organisation=demo.cn, message="你好", answers={}
    )


@pytest.mark.parametrize(
    ("payload", "field", "message"),
    [
        ({"body": ""}, "body", "这个字段是必填项。"),
        ({"body": "   "}, "body", "这个字段是必填项。"),
        ({"body": "x" * 20_000}, "body", "确保该变量包含不超过 5000 字符 (目前字符数 20000)。"),
        ({"body": "hi", "colour": "red"}, "colour", "未知字段。"),
    ],
    ids=["empty", "blank", "20000 characters", "unknown field"],
)
def test_bad_messages_are_422_in_the_callers_language_and_store_nothing(
    client, demo, interest, payload, field, message
):
    login(client, demo.buyer)
    url = f"{API}/{interest.pk}/messages"
    response = client.post(url, json.dumps(payload), content_type="application/json")
    assert response.status_code == 422, response.content
    assert [("/".join(e["loc"][1:]), e["msg"]) for e in response.json()["detail"]] == [
        (field, message)
    ]
    assert (Thread.objects.count(), Message.objects.count()) == (0, 0)


def test_markup_comes_back_as_written_and_the_page_escapes_it(client, demo, interest):
    login(client, demo.buyer)
    markup = '<img src=x onerror="alert(1)">'
    response = client.post(
        f"{API}/{interest.pk}/messages",
        json.dumps({"body": markup}),
        content_type="application/json",
    )
    assert response.json()["body"] == markup
    page = client.get(reverse("web:interest_detail", args=[interest.pk])).content.decode()
    assert markup not in page
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in page


def test_someone_outside_the_interest_gets_404(client, demo, interest):
    login(client, MembershipFactory().user)
    assert client.get(f"{API}/{interest.pk}/messages").status_code == 404
    response = client.post(
        f"{API}/{interest.pk}/messages", json.dumps({"body": "hi"}), content_type="application/json"
    )
    assert response.status_code == 404
    assert Message.objects.count() == 0


def test_reporting_a_conversation(client, demo, interest):
    login(client, demo.seller)
    url = f"{API}/{interest.pk}/messages/report"
    bad = client.post(url, json.dumps({"reason": ""}), content_type="application/json")
    assert bad.status_code == 422
    good = client.post(url, json.dumps({"reason": "Spam"}), content_type="application/json")
    assert good.status_code == 200 and good.json()["reported_at"]
    again = client.post(url, json.dumps({"reason": "Spam"}), content_type="application/json")
    assert again.status_code == 403


def test_the_conversation_endpoints_are_in_the_schema(client):
    paths = client.get("/api/openapi.json").json()["paths"]
    assert set(paths[f"{API}/{{interest_id}}/messages"]) == {"get", "post"}
    assert set(paths[f"{API}/{{interest_id}}/messages/read"]) == {"post"}
    assert set(paths[f"{API}/{{interest_id}}/messages/report"]) == {"post"}
