"""Mutual interest through the API: the two sides only, the domain's rules, contacts last."""

import json
from types import SimpleNamespace

import pytest
from django.test import Client

from duijie.matching.domain import interest as flow
from duijie.matching.models import ContactTransfer, Interest
from tests.conftest import login
from tests.factories import ListingFactory, MembershipFactory, OrganisationFactory

pytestmark = pytest.mark.django_db

API = "/api/matching/interests"
FORBIDDEN = {"detail": "You do not have permission to do this."}


def post(client, url, payload=None):
    return client.post(url, json.dumps(payload or {}), content_type="application/json")


def errors(response) -> list[tuple[str, str]]:
    assert response.status_code == 422, response.content
    return [("/".join(e["loc"][1:]), e["msg"]) for e in response.json()["detail"]]


@pytest.fixture
def world(db):
    """A Chinese company with a need, a Singapore company with an offer, and a stranger."""
    cn = OrganisationFactory(country="CN", name_en="Yangpu Precision")
    sg = OrganisationFactory(country="SG", name_en="Merlion Vision")
    return SimpleNamespace(
        cn=cn,
        sg=sg,
        need=ListingFactory(organisation=cn, kind="tech_request", title="PCB inspection need"),
        offer=ListingFactory(organisation=sg, title="AI inspection offer"),
        buyer=MembershipFactory(
            organisation=cn, user__language="en", user__phone="+86 21 5555"
        ).user,
        seller=MembershipFactory(organisation=sg, user__language="en", user__phone="+65 6555").user,
        stranger=MembershipFactory(user__language="en").user,
    )


def interest_in(world, **fields) -> dict:
    return {
        "listing_id": world.offer.pk,
        "organisation_id": world.cn.pk,
        "from_listing_id": world.need.pk,
        "message": "We would like to discuss your inspection system.",
        "timeline": "3m",
        "partnership": "licensing",
        "budget_confirmed": True,
        **fields,
    }


@pytest.fixture
def sent(world) -> Interest:
    return flow.express_interest(
        world.offer,
        actor=world.buyer,
        organisation=world.cn,
        message="Hello",
        answers={"timeline": "", "partnership": "", "budget_confirmed": False},
    )


def test_expressing_interest(client, world):
    login(client, world.buyer)
    response = post(client, API, interest_in(world))
    assert response.status_code == 201
    body = response.json()
    interest = Interest.objects.get()
    assert body["id"] == interest.pk
    assert (body["direction"], body["status"], body["consented"]) == ("sent", "pending", False)
    assert body["listing"]["id"] == world.offer.pk
    assert body["listing"]["organisation"]["name_en"] == "Merlion Vision"
    assert body["from_listing"]["id"] == world.need.pk
    assert body["from_organisation"]["id"] == world.cn.pk
    assert body["answers"] == {
        "timeline": "3m",
        "partnership": "licensing",
        "budget_confirmed": True,
    }
    assert body["message"] == "We would like to discuss your inspection system."
    assert (interest.from_user, interest.listing) == (world.buyer, world.offer)


def test_the_pages_form_checks_the_body(client, world):
    login(client, world.buyer)
    assert errors(post(client, API, {})) == [
        ("organisation_id", "This field is required."),
        ("message", "This field is required."),
        ("listing_id", "This field is required."),
    ]
    payload = interest_in(world, timeline="soon", from_listing_id=world.offer.pk)
    choice = "Select a valid choice. That choice is not one of the available choices."
    assert errors(post(client, API, payload)) == [
        ("from_listing_id", choice),
        ("timeline", "Select a valid choice. soon is not one of the available choices."),
    ]
    assert not Interest.objects.exists()


def test_one_can_only_speak_for_ones_own_organisation(client, world):
    login(client, world.buyer)
    payload = interest_in(world, organisation_id=world.stranger.memberships.get().organisation_id)
    choice = "Select a valid choice. That choice is not one of the available choices."
    assert errors(post(client, API, payload)) == [("organisation_id", choice)]
    assert not Interest.objects.exists()


def test_a_listing_the_caller_cannot_see_is_404(client, world):
    hidden = ListingFactory(organisation=world.sg, status="draft", title="Secret")
    login(client, world.buyer)
    for listing_id in (hidden.pk, 999_999):
        response = post(client, API, interest_in(world, listing_id=listing_id))
        assert response.status_code == 404
    assert not Interest.objects.exists()


def test_domain_refusals_are_400_with_the_reason(client, world, sent):
    login(client, world.buyer)
    duplicate = post(client, API, interest_in(world))
    assert duplicate.status_code == 400
    assert duplicate.json() == {"detail": "Your organisation has already expressed interest."}
    own = post(client, API, interest_in(world, listing_id=world.need.pk, from_listing_id=None))
    assert own.json() == {"detail": "This is your own organisation's listing."}
    assert own.status_code == 400


def test_each_side_lists_its_interests(client, world, sent):
    login(client, world.buyer)
    mine = client.get(API).json()
    assert [(i["id"], i["direction"]) for i in mine["items"]] == [(sent.pk, "sent")]
    login(client, world.seller)
    theirs = client.get(API).json()
    assert [(i["id"], i["direction"]) for i in theirs["items"]] == [(sent.pk, "received")]
    assert client.get(f"{API}?status=accepted").json()["count"] == 0
    login(client, world.stranger)
    assert client.get(API).json() == {"items": [], "count": 0}


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("get", ""),
        ("post", "/accept"),
        ("post", "/decline"),
        ("post", "/withdraw"),
        ("post", "/consent"),
        ("post", "/consent/withdraw"),
        ("get", "/contacts"),
    ],
)
def test_a_third_party_gets_404_everywhere(client, world, sent, method, path):
    login(client, world.stranger)
    url = f"{API}/{sent.pk}{path}"
    response = post(client, url, {"reason": "budget"}) if method == "post" else client.get(url)
    assert response.status_code == 404
    sent.refresh_from_db()
    assert sent.status == "pending"


def test_only_the_listings_side_answers_and_only_the_sender_withdraws(client, world, sent):
    login(client, world.buyer)
    for path, payload in (("accept", None), ("decline", {"reason": "budget"})):
        response = post(client, f"{API}/{sent.pk}/{path}", payload)
        assert (response.status_code, response.json()) == (403, FORBIDDEN)
    login(client, world.seller)
    response = post(client, f"{API}/{sent.pk}/withdraw")
    assert (response.status_code, response.json()) == (403, FORBIDDEN)
    sent.refresh_from_db()
    assert sent.status == "pending"


def test_declining_needs_a_structured_reason(client, world, sent):
    login(client, world.seller)
    url = f"{API}/{sent.pk}/decline"
    assert errors(post(client, url, {"reason": "dislike"})) == [
        ("reason", "Select a valid choice. dislike is not one of the available choices.")
    ]
    declined = post(client, url, {"reason": "not_focus", "note": "Outside our roadmap"})
    assert declined.status_code == 200
    body = declined.json()
    assert (body["status"], body["decline_reason"], body["decline_note"]) == (
        "declined",
        "not_focus",
        "Outside our roadmap",
    )
    again = post(client, url, {"reason": "budget"})
    assert again.status_code == 400
    assert again.json() == {"detail": "This expression of interest was already answered."}


def test_the_sender_withdraws(client, world, sent):
    login(client, world.buyer)
    assert post(client, f"{API}/{sent.pk}/withdraw").json()["status"] == "withdrawn"
    sent.refresh_from_db()
    assert sent.status == "withdrawn"


def contact_emails(client, user, interest) -> list[str]:
    login(client, user)
    response = client.get(f"{API}/{interest.pk}/contacts")
    assert response.status_code == 200
    return [contact["email"] for contact in response.json()]


def test_contacts_stay_hidden_until_both_accept_and_each_consents(client, world, sent):
    assert contact_emails(client, world.buyer, sent) == []
    assert contact_emails(client, world.seller, sent) == []
    login(client, world.buyer)
    early = post(client, f"{API}/{sent.pk}/consent")
    assert (early.status_code, early.json()) == (403, FORBIDDEN)

    login(client, world.seller)
    assert post(client, f"{API}/{sent.pk}/accept").json()["status"] == "accepted"
    assert contact_emails(client, world.buyer, sent) == []
    assert contact_emails(client, world.seller, sent) == []

    login(client, world.buyer)
    assert post(client, f"{API}/{sent.pk}/consent").json()["consented"] is True
    assert contact_emails(client, world.buyer, sent) == []
    assert contact_emails(client, world.seller, sent) == []
    assert ContactTransfer.objects.count() == 0

    login(client, world.seller)
    body = post(client, f"{API}/{sent.pk}/consent").json()
    assert (body["consented"], body["contacts_exchanged"]) == (True, True)
    assert contact_emails(client, world.seller, sent) == [world.buyer.email]
    login(client, world.buyer)
    contacts = client.get(f"{API}/{sent.pk}/contacts").json()
    assert contacts == [
        {
            "full_name": world.seller.full_name,
            "email": world.seller.email,
            "phone": "+65 6555",
            "organisation": world.sg.name,
        }
    ]
    ledger = {(row.subject_id, row.to_country) for row in ContactTransfer.objects.all()}
    assert ledger == {(world.buyer.pk, "SG"), (world.seller.pk, "CN")}


def test_a_withdrawn_consent_hides_the_details_from_then_on(client, world, sent):
    flow.accept_interest(sent, actor=world.seller)
    flow.give_contact_consent(sent, actor=world.seller)
    flow.give_contact_consent(sent, actor=world.buyer)
    login(client, world.buyer)
    body = post(client, f"{API}/{sent.pk}/consent/withdraw").json()
    assert (body["consented"], body["contacts_exchanged"]) == (False, True)
    assert contact_emails(client, world.buyer, sent) == []
    assert contact_emails(client, world.seller, sent) == []
    assert ContactTransfer.objects.count() == 2
    login(client, world.buyer)
    again = post(client, f"{API}/{sent.pk}/consent/withdraw")
    assert (again.status_code, again.json()) == (403, FORBIDDEN)


def test_an_anonymous_listing_reveals_its_organisation_after_acceptance(client, world):
    anonymous = ListingFactory(organisation=world.sg, visibility="anonymous")
    login(client, world.buyer)
    created = post(client, API, interest_in(world, listing_id=anonymous.pk)).json()
    assert created["listing"]["organisation"] is None
    assert "Merlion" not in client.get(API).content.decode()
    login(client, world.seller)
    post(client, f"{API}/{created['id']}/accept")
    login(client, world.buyer)
    revealed = client.get(f"{API}/{created['id']}").json()["listing"]["organisation"]
    assert revealed["name_en"] == "Merlion Vision"


def test_refusals_and_field_errors_in_the_callers_language(client, world, sent):
    world.buyer.language = "zh-hans"
    world.buyer.save()
    login(client, world.buyer)
    response = post(client, f"{API}/{sent.pk}/accept")
    assert response.json() == {"detail": "您没有执行此操作的权限。"}
    assert errors(post(client, API, interest_in(world, message=""))) == [
        ("message", "这个字段是必填项。")
    ]


def test_writes_need_a_session_and_the_csrf_token(world, sent):
    assert Client().get(API).status_code == 401
    assert post(Client(), f"{API}/{sent.pk}/accept").status_code == 401
    client = login(Client(enforce_csrf_checks=True), world.seller)
    assert client.get(API).status_code == 200
    assert post(client, f"{API}/{sent.pk}/accept").status_code == 403
    sent.refresh_from_db()
    assert sent.status == "pending"


def test_the_interest_endpoints_are_in_the_schema(client):
    paths = client.get("/api/openapi.json").json()["paths"]
    assert set(paths[API]) == {"get", "post"}
    for action in ("accept", "decline", "withdraw", "consent", "consent/withdraw"):
        assert set(paths[f"{API}/{{interest_id}}/{action}"]) == {"post"}
    assert set(paths[f"{API}/{{interest_id}}/contacts"]) == {"get"}
