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
    results = search_listings("circuit board defect detection", user=AnonymousUser()).results
    ranked = [r.listing for r in results]
    assert cross_lingual["need"] in ranked[:2]
    assert cross_lingual["unrelated"] not in ranked  # below the relevance floor
    assert {r.band for r in results} <= {"strong", "possible"}


def test_need_is_matched_to_offer_across_languages_with_reasons(cross_lingual):
    results = match_listing(cross_lingual["need"], viewer=cross_lingual["cn"])
    top = results[0]
    assert top.listing == cross_lingual["offer"]
    assert [r.listing for r in results] == [cross_lingual["offer"]]  # fermentation: floor
    assert top.hit.parts.sector == 1.0 and top.band == "possible"  # 3 listings: uncalibrated
    assert any(term.term_en for term in top.hit.shared_terms)


def test_offer_sees_needs_it_may_answer(cross_lingual):
    results = match_listing(cross_lingual["offer"], viewer=cross_lingual["sg"])
    assert [r.listing for r in results] == [cross_lingual["need"]]


def test_offer_side_matches_read_sector_and_trl_fit_from_the_pair(cross_lingual):
    need, offer = cross_lingual["need"], cross_lingual["offer"]
    need.trl = 8  # the offer is at TRL 7: one level short
    need.save()
    store_vectors([need])
    top = match_listing(offer, viewer=cross_lingual["sg"])[0]
    assert top.listing == need
    assert top.hit.parts.sector == 1.0 and top.hit.parts.trl_fit == 0.875
    assert top.hit.parts.country_boost > 0  # Singapore offer, Shanghai need
    assert top.hit.shared_terms


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


def test_nonsense_finds_nothing_in_the_api_or_the_page(client, cross_lingual):
    body = client.get("/api/matching/search", {"q": "qwzxv blorf"}).json()
    assert body["results"] == [] and body["error"] == ""
    html = client.get(
        reverse("web:listing_list"), {"q": "qwzxv blorf"}, HTTP_ACCEPT_LANGUAGE="en"
    ).content.decode()
    assert "Nothing matched" in html


def test_matches_api_refuses_strangers(client, cross_lingual):
    url = f"/api/matching/listings/{cross_lingual['need'].pk}/matches"
    assert client.get(url).status_code == 404
    login(client, cross_lingual["cn"])
    assert client.get(url).json()[0]["listing"]["id"] == cross_lingual["offer"].pk


def test_reasons_are_words_in_the_readers_language_numbers_only_in_details(client, cross_lingual):
    html = client.get(
        reverse("web:listing_list"), {"q": "PCB defect inspection"}, HTTP_ACCEPT_LANGUAGE="en"
    ).content.decode()
    reasons = html.split('<div class="reasons">')[1].split("</div>")[0]
    assert "Both are about" in reasons and "Possible match" in reasons
    before_details = reasons.split("<details>")[0]
    assert "meaning" not in before_details and "0." not in before_details
    assert "meaning" in reasons.split("<details>")[1]


def test_offer_owner_sees_sector_and_trl_fit_in_words(client, cross_lingual):
    need = cross_lingual["need"]
    need.trl = 6
    need.save()
    store_vectors([need])
    login(client, cross_lingual["sg"])
    url = reverse("web:listing_matches", args=[cross_lingual["offer"].pk])
    html = client.get(url).content.decode()  # the member reads English
    assert "Same sector" in html and "Mature enough: TRL 7 against TRL 6" in html
    assert "A Singapore–Shanghai pair" in html and "Both are about" in html
    login(client, cross_lingual["cn"])  # reads Chinese
    url = reverse("web:listing_matches", args=[need.pk])
    html = client.get(url).content.decode()
    assert "同属领域" in html and "成熟度满足要求" in html and "双方都涉及" in html


def test_the_count_is_every_relevant_result_and_page_two_shows_the_rest(client, cross_lingual):
    extra = [
        ListingFactory(
            title=f"Cold-chain temperature logger model {n}",
            description="Vaccine cold chain monitoring with temperature alarms.",
        )
        for n in range(23)
    ]
    store_vectors(extra)
    url = reverse("web:listing_list")
    first = client.get(url, {"q": "cold chain temperature"}, HTTP_ACCEPT_LANGUAGE="en")
    assert "23 relevant results" in first.content.decode()
    assert len(first.context["page"].object_list) == 20
    second = client.get(url, {"q": "cold chain temperature", "page": 2})
    shown = [r.listing for r in second.context["page"].object_list]
    assert len(shown) == 3 and set(shown) <= set(extra)
    assert all(r.hit.shared_terms for r in second.context["page"].object_list)  # explained
