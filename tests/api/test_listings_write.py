"""Writing listings through the API: the page's form, the lifecycle's rules, 404 before 403."""

import datetime
import json

import pytest
from django.test import Client
from django.utils import timezone

from duijie.common.models import AuditEvent
from duijie.listings.models import Listing
from tests.conftest import login
from tests.factories import ListingFactory, MembershipFactory, OrganisationFactory

pytestmark = pytest.mark.django_db

API = "/api/listings"
FORBIDDEN = {"detail": "You do not have permission to do this."}


def days(n: int) -> str:
    return (timezone.localdate() + datetime.timedelta(days=n)).isoformat()


def send(client, method: str, url: str, payload=None):
    body = payload if isinstance(payload, str) else json.dumps(payload or {})
    return getattr(client, method)(url, body, content_type="application/json")


def post(client, url, payload=None):
    return send(client, "post", url, payload)


def patch(client, url, payload=None):
    return send(client, "patch", url, payload)


def errors(response) -> list[tuple[str, str]]:
    """(field, message) pairs of a 422 answer."""
    assert response.status_code == 422, response.content
    return [("/".join(e["loc"][1:]), e["msg"]) for e in response.json()["detail"]]


@pytest.fixture
def member(db):
    return MembershipFactory(user__language="en").user


@pytest.fixture
def org(member):
    return member.memberships.get().organisation


@pytest.fixture
def outsider(db):
    return MembershipFactory(user__language="en").user


def offer(org, **fields) -> dict:
    return {
        "organisation_id": org.pk,
        "kind": "tech_offer",
        "title": "Edge AI inspection camera",
        "description": "Finds solder defects on the line.",
        "expires_on": days(60),
        **fields,
    }


def draft_of(org, **fields) -> Listing:
    return ListingFactory(
        **{"organisation": org, "status": "draft", "published_at": None, **fields}
    )


def test_a_member_creates_a_draft_for_their_organisation(client, member, org, sectors):
    login(client, member)
    payload = offer(
        org,
        sectors=["digital_ai", "healthcare"],
        keywords=["machine vision", "SMT"],
        trl=6,
        partnership_types=["licensing"],
        budget_min=1000,
        budget_max=5000,
        currency="SGD",
    )
    response = post(client, API, payload)
    assert response.status_code == 201
    body = response.json()
    listing = Listing.objects.get()
    assert body["id"] == listing.pk
    assert body["status"] == "draft"
    assert body["organisation"]["id"] == org.pk
    assert [s["code"] for s in body["sectors"]] == ["digital_ai", "healthcare"]
    assert body["keywords"] == ["machine vision", "SMT"]
    assert (body["budget_min"], body["budget_max"], body["currency"]) == (1000, 5000, "SGD")
    assert [(h["from_status"], h["to_status"]) for h in body["history"]] == [("", "draft")]
    assert listing.created_by == member
    assert AuditEvent.objects.filter(verb="listing.created", target_id=str(listing.pk)).exists()


def test_left_out_fields_take_the_pages_defaults(client, member, org):
    member.language = "zh-hans"
    member.save()
    login(client, member)
    # Text in the default language: English text in a Chinese listing would be refused.
    chinese = {"title": "边缘AI检测相机", "description": "在线检测焊点缺陷。"}
    body = post(client, API, offer(org, **chinese)).json()
    assert body["content_locale"] == "zh-hans"
    assert (body["ip_status"], body["target_region"], body["visibility"]) == (
        "none",
        "ANY",
        "public",
    )
    assert (body["sectors"], body["keywords"], body["trl"]) == ([], [], None)


def test_the_pages_validation_applies_field_by_field(client, member, org, sectors):
    login(client, member)
    payload = offer(
        org,
        kind="challenge",
        title="",
        expires_on=days(0),
        trl="high",
        sectors=["digital_ai", "no-such-sector"],
    )
    assert errors(post(client, API, payload)) == [
        ("title", "This field is required."),
        ("sectors", "Select a valid choice. no-such-sector is not one of the available choices."),
        ("trl", "Enter a whole number."),
        ("expires_on", "The expiry date must be in the future."),
        ("deadline", "A challenge needs a deadline."),
        ("prize", "A challenge states its prize or budget."),
    ]
    assert not Listing.objects.exists()


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (
            {"budget_min": 900, "budget_max": 100, "currency": "CNY"},
            [("budget_max", "The upper budget must not be below the lower one.")],
        ),
        ({"budget_min": 900}, [("currency", "Choose the currency of the budget.")]),
        ({"trl": 10}, [("trl", "Ensure this value is less than or equal to 9.")]),
        (
            {"kind": "gift"},
            [("kind", "Select a valid choice. gift is not one of the available choices.")],
        ),
        ({"partnership_types": "licensing"}, [("partnership_types", "Enter a list of values.")]),
        ({"title": {"en": "x"}}, [("title", "Give a single value here, not a list or an object.")]),
        ({"colour": "red"}, [("colour", "Unknown field.")]),
    ],
)
def test_each_rule_has_its_message(client, member, org, fields, expected):
    login(client, member)
    assert errors(post(client, API, offer(org, **fields))) == expected


def test_a_field_with_a_wrong_shape_is_reported_once(client, member, org):
    login(client, member)
    payload = offer(org, title=["a", "b"], colour="red")
    assert errors(post(client, API, payload)) == [
        ("title", "Give a single value here, not a list or an object."),
        ("colour", "Unknown field."),
    ]


@pytest.mark.parametrize("body", ["[1, 2]", "{not json", '"text"'])
def test_the_body_must_be_a_json_object(client, member, body):
    login(client, member)
    assert errors(post(client, API, body)) == [("", "Send a JSON object.")]


def test_messages_follow_the_callers_language(client, member, org):
    member.language = "zh-hans"
    member.save()
    login(client, member)
    payload = offer(org, title="", expires_on=days(-1), colour="red", content_locale="en")
    assert errors(post(client, API, payload)) == [
        ("colour", "未知字段。"),
        ("title", "这个字段是必填项。"),
        ("expires_on", "有效期必须是将来的日期。"),
    ]


def test_creating_for_another_organisation_is_forbidden(client, member):
    login(client, member)
    response = post(client, API, offer(OrganisationFactory()))
    assert (response.status_code, response.json()) == (403, FORBIDDEN)
    assert not Listing.objects.exists()


def test_an_unknown_organisation_is_a_field_error(client, member):
    login(client, member)
    payload = offer(OrganisationFactory.build(pk=999_999))
    message = "Select a valid choice. That choice is not one of the available choices."
    assert errors(post(client, API, payload)) == [("organisation_id", message)]


def test_patch_changes_only_the_given_fields(client, member, org, sectors):
    listing = draft_of(org, keywords=["vision"], trl=4)
    listing.sectors.set([sectors[1]])
    login(client, member)
    response = patch(client, f"{API}/{listing.pk}", {"title": "Renamed", "trl": None})
    assert response.status_code == 200
    body = response.json()
    assert (body["title"], body["trl"], body["keywords"]) == ("Renamed", None, ["vision"])
    assert [s["code"] for s in body["sectors"]] == ["healthcare"]
    listing.refresh_from_db()
    assert (listing.title, listing.trl, listing.status) == ("Renamed", None, "draft")
    assert AuditEvent.objects.filter(verb="listing.edited", target_id=str(listing.pk)).exists()


def test_patch_checks_the_whole_result(client, member, org):
    listing = draft_of(org)
    login(client, member)
    assert errors(patch(client, f"{API}/{listing.pk}", {"kind": "challenge"})) == [
        ("deadline", "A challenge needs a deadline."),
        ("prize", "A challenge states its prize or budget."),
    ]
    listing.refresh_from_db()
    assert listing.kind == "tech_offer"


def test_a_closed_listing_cannot_be_changed_even_with_bad_input(client, member, org):
    listing = draft_of(org, status="closed")
    login(client, member)
    response = patch(client, f"{API}/{listing.pk}", {"title": ""})
    assert (response.status_code, response.json()) == (403, FORBIDDEN)


@pytest.mark.parametrize(
    ("method", "path", "payload"),
    [
        ("patch", "", {"title": "Taken over"}),
        ("post", "/submit", None),
        ("post", "/close", None),
        ("post", "/approve", None),
        ("post", "/return", {"reason": "No"}),
    ],
)
def test_another_organisations_listing(client, outsider, method, path, payload):
    """A draft the caller may not see is 404; a published one they may read is 403."""
    login(client, outsider)
    hidden = draft_of(OrganisationFactory(), title="Secret plan")
    response = send(client, method, f"{API}/{hidden.pk}{path}", payload)
    assert response.status_code == 404
    assert "Secret plan" not in response.content.decode()
    public = ListingFactory(title="Public offer")
    response = send(client, method, f"{API}/{public.pk}{path}", payload)
    assert (response.status_code, response.json()) == (403, FORBIDDEN)
    public.refresh_from_db()
    assert (public.title, public.status) == ("Public offer", "published")


def test_the_whole_lifecycle_through_the_api(client, member, org, staff_user):
    login(client, member)
    listing_id = post(client, API, offer(org)).json()["id"]
    assert post(client, f"{API}/{listing_id}/submit").json()["status"] == "submitted"
    login(client, staff_user)
    returned = post(client, f"{API}/{listing_id}/return", {"reason": "Add the TRL evidence"})
    assert returned.json()["status"] == "returned"
    login(client, member)
    history = client.get(f"{API}/mine").json()["items"][0]["history"]
    assert history[-1]["reason"] == "Add the TRL evidence"
    assert patch(client, f"{API}/{listing_id}", {"trl": 7}).json()["trl"] == 7
    post(client, f"{API}/{listing_id}/submit")
    login(client, staff_user)
    published = post(client, f"{API}/{listing_id}/approve").json()
    assert published["status"] == "published"
    assert published["published_at"] is not None
    assert client.get(f"{API}/{listing_id}").status_code == 200
    login(client, member)
    assert post(client, f"{API}/{listing_id}/close").json()["status"] == "closed"
    steps = [
        (h["from_status"], h["to_status"])
        for h in client.get(f"{API}/mine").json()["items"][0]["history"]
    ]
    assert steps == [
        ("", "draft"),
        ("draft", "submitted"),
        ("submitted", "returned"),
        ("returned", "submitted"),
        ("submitted", "published"),
        ("published", "closed"),
    ]


def test_a_forbidden_transition_is_a_clear_400(client, member, org):
    listing = ListingFactory(organisation=org)
    login(client, member)
    response = post(client, f"{API}/{listing.pk}/submit")
    message = "A listing that is “Published” cannot become “Submitted for review”."
    assert (response.status_code, response.json()) == (400, {"detail": message})


def test_members_cannot_review_their_own_listing(client, member, org):
    listing = draft_of(org, status="submitted")
    login(client, member)
    for path, payload in (("approve", None), ("return", {"reason": "x"})):
        response = post(client, f"{API}/{listing.pk}/{path}", payload)
        assert (response.status_code, response.json()) == (403, FORBIDDEN)
    listing.refresh_from_db()
    assert listing.status == "submitted"


@pytest.mark.parametrize("payload", [{}, {"reason": "   "}])
def test_returning_needs_a_reason(client, staff_user, org, payload):
    listing = draft_of(org, status="submitted")
    login(client, staff_user)
    response = post(client, f"{API}/{listing.pk}/return", payload)
    assert errors(response) == [("reason", "This field is required.")]
    listing.refresh_from_db()
    assert listing.status == "submitted"


def test_mine_lists_every_state_of_the_callers_organisations_only(client, member, org):
    own = [draft_of(org), draft_of(org, status="submitted"), ListingFactory(organisation=org)]
    own.append(draft_of(org, status="closed"))
    ListingFactory()
    draft_of(OrganisationFactory())
    login(client, member)
    body = client.get(f"{API}/mine").json()
    assert body["count"] == 4
    assert {item["id"] for item in body["items"]} == {listing.pk for listing in own}
    drafts = client.get(f"{API}/mine?status=draft").json()["items"]
    assert [item["id"] for item in drafts] == [own[0].pk]


def test_writes_and_mine_need_a_session(client, org):
    listing = draft_of(org)
    assert client.get(f"{API}/mine").status_code == 401
    assert post(client, API, offer(org)).status_code == 401
    assert patch(client, f"{API}/{listing.pk}", {"title": "x"}).status_code == 401
    assert post(client, f"{API}/{listing.pk}/submit").status_code == 401


def test_session_writes_need_the_csrf_token(member, org):
    client = login(Client(enforce_csrf_checks=True), member)
    refused = post(client, API, offer(org))
    assert refused.status_code == 403
    assert not Listing.objects.exists()
    token = "k" * 32
    client.cookies["csrftoken"] = token
    accepted = client.post(
        API, json.dumps(offer(org)), content_type="application/json", HTTP_X_CSRFTOKEN=token
    )
    assert accepted.status_code == 201
    assert Listing.objects.count() == 1


def test_the_write_endpoints_are_in_the_schema(client):
    paths = client.get("/api/openapi.json").json()["paths"]
    assert set(paths["/api/listings"]) == {"get", "post"}
    assert set(paths["/api/listings/{listing_id}"]) == {"get", "patch"}
    for action in ("submit", "close", "approve", "return"):
        assert set(paths[f"/api/listings/{{listing_id}}/{action}"]) == {"post"}
    body = paths["/api/listings"]["post"]["requestBody"]["content"]["application/json"]
    assert {"organisation_id", "kind", "title", "description", "expires_on"} <= set(
        body["schema"]["required"]
    )
