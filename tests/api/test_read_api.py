import pytest

from tests.factories import ListingFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_listings_api_counts_and_paginates(client):
    ListingFactory.create_batch(25)
    body = client.get("/api/listings").json()
    assert body["count"] == 25
    assert len(body["items"]) == 20
    assert len(client.get("/api/listings?page=2").json()["items"]) == 5


def test_anonymous_callers_see_public_listings_only(client):
    public = ListingFactory(visibility="public")
    ListingFactory(visibility="members")
    ListingFactory(status="draft")
    body = client.get("/api/listings").json()
    assert [item["id"] for item in body["items"]] == [public.pk]


def test_members_only_listing_visible_to_signed_in_caller(client):
    listing = ListingFactory(visibility="members")
    client.force_login(UserFactory(), backend="django.contrib.auth.backends.ModelBackend")
    assert client.get("/api/listings").json()["count"] == 1
    assert client.get(f"/api/listings/{listing.pk}").status_code == 200


def test_anonymous_listing_reveals_no_organisation(client):
    listing = ListingFactory(visibility="anonymous", organisation__name_en="Hidden Labs")
    item = client.get("/api/listings").json()["items"][0]
    assert item["organisation"] is None
    assert "Hidden Labs" not in client.get(f"/api/listings/{listing.pk}").content.decode()


def test_hidden_listing_is_404(client):
    draft = ListingFactory(status="draft")
    assert client.get(f"/api/listings/{draft.pk}").status_code == 404


def test_organisations_api_never_exposes_contacts(client):
    OrganisationFactory.create_batch(3)
    body = client.get("/api/organisations").json()
    assert body["count"] == 3
    assert not {"email", "phone", "members"} & set(body["items"][0])


def test_openapi_schema_is_served(client):
    schema = client.get("/api/openapi.json").json()
    assert "/api/listings" in schema["paths"]
    assert client.get("/api/docs").status_code == 200
