"""Token calls to the API: no CSRF, 401 for bad tokens, 403 out of scope or for another org."""

import datetime
import json

import pytest
from django.test import Client
from django.utils import timezone

from duijie.common.models import AuditEvent
from duijie.exchange.domain.tokens import issue_token, revoke_token
from duijie.listings.models import Listing
from tests.factories import ListingFactory, MembershipFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def member():
    return MembershipFactory(role="admin")


def secret_for(member, *scopes):
    return issue_token(
        actor=None,
        name="partner",
        scopes=list(scopes),
        organisation=member.organisation,
        user=member.user,
    )


def bearer(secret):
    return {"HTTP_AUTHORIZATION": f"Bearer {secret}", "HTTP_ACCEPT_LANGUAGE": "en"}


def new_listing(organisation):
    expires = (timezone.localdate() + datetime.timedelta(days=60)).isoformat()
    return {
        "organisation_id": organisation.pk,
        "kind": "tech_offer",
        "title": "Battery recycling line",
        "description": "Hydrometallurgical recovery of lithium.",
        "content_locale": "en",
        "expires_on": expires,
    }


def post(secret, payload):
    client = Client(enforce_csrf_checks=True)
    return client.post(
        "/api/exchange/listings",
        json.dumps(payload),
        content_type="application/json",
        **bearer(secret),
    )


def test_a_write_token_creates_a_draft_without_csrf_and_the_write_is_logged(member):
    token, secret = secret_for(member, "listings:write")
    response = post(secret, new_listing(member.organisation))
    assert response.status_code == 201, response.content
    listing = Listing.objects.get(pk=response.json()["id"])
    assert (listing.organisation, listing.created_by, listing.status) == (
        member.organisation,
        member.user,
        "draft",
    )
    event = AuditEvent.objects.get(verb="api_token.listing_created")
    assert (event.target_id, event.actor, event.data["token"]) == (
        str(listing.pk),
        member.user,
        token.pk,
    )


def test_a_read_token_cannot_write(member):
    _token, secret = secret_for(member, "listings:read")
    response = post(secret, new_listing(member.organisation))
    assert response.status_code == 403
    assert Listing.objects.count() == 0


def test_revoked_expired_and_unknown_tokens_are_401(member):
    token, secret = secret_for(member, "listings:write")
    revoke_token(token, actor=None)
    assert post(secret, new_listing(member.organisation)).status_code == 401
    assert post("dj_000000000000_x", new_listing(member.organisation)).status_code == 401
    response = Client().get("/api/exchange/listings", **bearer("dj_nope"))
    assert response.status_code == 401
    assert response.json() == {"detail": "This API token is unknown, revoked or expired."}


def test_a_token_cannot_act_for_another_organisation(member):
    _token, secret = secret_for(member, "listings:write")
    other = OrganisationFactory()
    MembershipFactory(user=member.user, organisation=other)  # even where its member belongs
    response = post(secret, new_listing(other))
    assert response.status_code == 403
    assert response.json() == {"detail": "This token cannot act for that organisation."}
    assert Listing.objects.count() == 0


def test_bad_rows_are_422_with_the_field_named(member):
    _token, secret = secret_for(member, "listings:write")
    response = post(secret, {**new_listing(member.organisation), "trl": 12})
    assert response.status_code == 422
    assert [error["loc"] for error in response.json()["detail"]] == [["body", "trl"]]


def test_a_read_token_lists_public_listings_as_records(member):
    _token, secret = secret_for(member, "listings:read")
    public = ListingFactory(title="Public one")
    ListingFactory(visibility="members")
    ListingFactory(status="draft")
    response = Client().get("/api/exchange/listings", **bearer(secret))
    assert response.status_code == 200
    items = response.json()["items"]
    assert [(item["source"], item["source_id"], item["title"]) for item in items] == [
        ("duijie", str(public.pk), "Public one")
    ]


def test_without_a_token_the_partner_endpoints_need_a_session():
    assert Client().get("/api/exchange/listings").status_code == 401
    assert Client().get("/api/feed/listings").status_code == 401


def test_each_token_has_its_own_rate_limit(member, settings):
    settings.EXCHANGE_TOKEN_RATE = "2/m"
    _token, secret = secret_for(member, "listings:read")
    _other, other_secret = secret_for(member, "listings:read")
    client = Client()
    answers = [client.get("/api/exchange/listings", **bearer(secret)).status_code for _ in "abc"]
    assert answers == [200, 200, 429]
    assert client.get("/api/exchange/listings", **bearer(other_secret)).status_code == 200
