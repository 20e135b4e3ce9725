"""Property test (hypothesis): arbitrary Unicode in the main forms, searches and API bodies
never causes a server error. Bounded to a few dozen examples per target."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import login
from tests.factories import ListingFactory, MembershipFactory, SectorFactory

pytestmark = pytest.mark.django_db
TEXT = st.text(max_size=400)  # every code point but surrogates, controls and NUL included
BOUNDED = settings(
    max_examples=30,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture
def member(client, settings):
    settings.RATELIMIT_ENABLED = False  # many submissions from one client, on purpose
    SectorFactory(code="digital_ai")
    membership = MembershipFactory(role="admin")
    login(client, membership.user)
    return membership


def _ok(response) -> bool:
    return response.status_code < 500


@BOUNDED
@given(query=TEXT, page=TEXT)
def test_search_and_list_pages_take_any_query(client, member, query, page):
    for url in ("/listings/", "/organisations/", "/policies/", "/events/", "/services/requests/"):
        assert _ok(client.get(url, {"q": query, "page": page}))
    for url in ("/api/listings", "/api/organisations", "/api/events", "/api/policies"):
        assert _ok(client.get(url, {"q": query, "page": page}))


@BOUNDED
@given(title=TEXT, summary=TEXT, description=TEXT, keywords=TEXT)
def test_the_listing_form_takes_any_text(client, member, title, summary, description, keywords):
    data = {
        "kind": "tech_offer",
        "title": title,
        "summary": summary,
        "description": description,
        "keywords": keywords,
        "content_locale": "en",
        "currency": "CNY",
    }
    url = f"/organisations/{member.organisation.pk}/listings/new/"
    assert _ok(client.post(url, data))


@BOUNDED
@given(name_zh=TEXT, name_en=TEXT, city=TEXT, website=TEXT)
def test_the_organisation_form_takes_any_text(client, member, name_zh, name_en, city, website):
    data = {"name_zh": name_zh, "name_en": name_en, "city": city, "website": website}
    assert _ok(client.post("/organisations/new/", {**data, "country": "SG"}))


@BOUNDED
@given(full_name=TEXT, email=TEXT, password=TEXT)
def test_registration_and_login_take_any_text(client, settings, full_name, email, password):
    settings.RATELIMIT_ENABLED = False
    data = {"full_name": full_name, "email": email, "password1": password, "password2": password}
    assert _ok(client.post("/accounts/register/", {**data, "language": "en"}))
    assert _ok(client.post("/accounts/login/", {"username": email, "password": password}))


@BOUNDED
@given(message=TEXT, full_name=TEXT, phone=TEXT)
def test_interest_and_profile_forms_take_any_text(client, member, message, full_name, phone):
    listing = ListingFactory()
    assert _ok(client.post(f"/listings/{listing.pk}/interest/", {"message": message}))
    data = {"full_name": full_name, "phone": phone, "language": "en"}
    assert _ok(client.post("/accounts/profile/", data))


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | TEXT,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(TEXT, children, max_size=4),
    max_leaves=12,
)


@BOUNDED
@given(
    body=st.dictionaries(
        st.sampled_from(["title", "description", "keywords", "kind", "x"]), JSON_VALUES
    )
)
def test_api_write_bodies_take_any_json(client, member, body):
    body = {**body, "organisation_id": member.organisation.pk}
    created = client.post("/api/listings", json.dumps(body), content_type="application/json")
    assert _ok(created)
    listing = ListingFactory(organisation=member.organisation, status="draft")
    patch = client.patch(
        f"/api/listings/{listing.pk}", json.dumps(body), content_type="application/json"
    )
    assert _ok(patch)
    interest = {"listing_id": ListingFactory().pk, **body}
    sent = client.post(
        "/api/matching/interests", json.dumps(interest), content_type="application/json"
    )
    assert _ok(sent)
