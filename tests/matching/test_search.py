import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse

from duijie.matching.domain.index import current_engine, store_vectors
from duijie.matching.domain.search import match_listing, search_listings
from tests.conftest import login
from tests.factories import ListingFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_chinese_query_finds_both_languages_before_unrelated(cross_lingual):
    outcome = search_listings("电路板缺陷检测", user=AnonymousUser())
    ranked = [result.listing for result in outcome.results]
    assert outcome.error == ""
    assert set(ranked[:2]) == {cross_lingual["need"], cross_lingual["offer"]}
    assert cross_lingual["unrelated"] not in ranked[:2]


def test_english_query_finds_chinese_listing(cross_lingual):
    ranked = [
        r.listing
        for r in search_listings("circuit board defect detection", user=AnonymousUser()).results
    ]
    assert ranked.index(cross_lingual["need"]) < ranked.index(cross_lingual["unrelated"])


def test_need_is_matched_to_offer_across_languages_with_reasons(cross_lingual):
    results = match_listing(cross_lingual["need"], viewer=cross_lingual["cn"])
    top = results[0]
    assert top.listing == cross_lingual["offer"]
    assert [r.listing for r in results] == [cross_lingual["offer"], cross_lingual["unrelated"]]
    assert top.hit.parts.sector == 1.0
    assert top.hit.parts.semantic > results[1].hit.parts.semantic
    assert any(term.term_en for term in top.hit.shared_terms)


def test_offer_sees_needs_it_may_answer(cross_lingual):
    results = match_listing(cross_lingual["offer"], viewer=cross_lingual["sg"])
    assert [r.listing for r in results] == [cross_lingual["need"]]


def test_members_only_and_drafts_never_reach_anonymous_search(cross_lingual):
    members = ListingFactory(visibility="members", title="Defect detection members only")
    draft = ListingFactory(status="draft", title="Defect detection draft")
    store_vectors([members, draft])
    anonymous = {
        r.listing for r in search_listings("defect detection", user=AnonymousUser()).results
    }
    signed_in = {r.listing for r in search_listings("defect detection", user=UserFactory()).results}
    assert members not in anonymous and draft not in anonymous
    assert members in signed_in and draft not in signed_in


def test_members_only_listings_do_not_take_an_anonymous_visitors_places(cross_lingual):
    members = ListingFactory(
        visibility="members",
        title="AI visual inspection for printed circuit boards, defect detection",
        description="Deep-learning defect detection for PCB assembly lines.",
    )
    store_vectors([members])
    query = "PCB defect detection"
    assert search_listings(query, user=UserFactory(), limit=1).results[0].listing == members
    only = search_listings(query, user=AnonymousUser(), limit=1).results
    assert [r.listing for r in only] == [cross_lingual["offer"]]


def test_a_listing_made_members_only_leaves_anonymous_search(cross_lingual):
    offer = cross_lingual["offer"]
    assert offer in [r.listing for r in search_listings("PCB", user=AnonymousUser()).results]
    offer.visibility = "members"
    offer.save()
    assert current_engine().get(offer.pk).public is False  # reloaded by the next sync
    assert offer not in [r.listing for r in search_listings("PCB", user=AnonymousUser()).results]


def test_closed_listing_leaves_results(cross_lingual):
    offer = cross_lingual["offer"]
    offer.status = "closed"
    offer.save()
    results = search_listings("PCB defect detection", user=AnonymousUser()).results
    assert offer not in [r.listing for r in results]


@pytest.mark.parametrize("query", ["", "   ", "🚀🚀🚀", "!!!"])
def test_empty_or_symbol_queries_explain_instead_of_failing(client, cross_lingual, query):
    response = client.get(reverse("web:listing_list"), {"q": query})
    assert response.status_code == 200


def test_huge_query_is_capped_and_said(client, cross_lingual):
    response = client.get(
        reverse("web:listing_list"), {"q": "缺陷检测 " * 500}, HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.status_code == 200
    outcome = response.context["outcome"]
    assert outcome.truncated
    assert outcome.results[0].listing == cross_lingual["need"]
    assert "only its first part was used" in response.content.decode()


def test_search_page_hides_anonymous_organisation(client, cross_lingual):
    offer = cross_lingual["offer"]
    offer.visibility = "anonymous"
    offer.save()
    html = client.get(reverse("web:listing_list"), {"q": "PCB inspection"}).content.decode()
    assert offer.title in html
    assert "Merlion Vision" not in html


def test_matches_page_is_for_owners_only(client, cross_lingual):
    url = reverse("web:listing_matches", args=[cross_lingual["need"].pk])
    login(client, UserFactory())
    assert client.get(url).status_code == 404
    login(client, cross_lingual["cn"])
    html = client.get(url, HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()
    assert cross_lingual["offer"].title in html


def test_search_api_returns_reasons_and_hides_anonymous_organisations(client, cross_lingual):
    offer = cross_lingual["offer"]
    offer.visibility = "anonymous"
    offer.save()
    body = client.get("/api/matching/search", {"q": "PCB defect inspection"}).json()
    by_id = {item["listing"]["id"]: item for item in body["results"]}
    assert body["error"] == ""
    assert by_id[offer.pk]["listing"]["organisation"] is None
    assert set(by_id[offer.pk]["reasons"]) >= {"semantic", "lexical", "shared_terms"}


def test_matches_api_refuses_strangers(client, cross_lingual):
    url = f"/api/matching/listings/{cross_lingual['need'].pk}/matches"
    assert client.get(url).status_code == 404
    login(client, cross_lingual["cn"])
    assert client.get(url).json()[0]["listing"]["id"] == cross_lingual["offer"].pk
