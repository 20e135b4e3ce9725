"""Bilingual policy search: Chinese words via jieba, English words, best matches first."""

import pytest

from duijie.policies.domain.search import search_policies, search_terms
from tests.policies.factories import PolicyFactory, PolicyTagFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def library():
    return {
        "rhq": PolicyFactory(
            slug="rhq",
            title_zh="上海市鼓励跨国公司设立地区总部的规定",
            title_en="Provisions on encouraging regional headquarters",
            summary_zh="规定地区总部的认定条件。",
            summary_en="Sets recognition conditions for regional headquarters.",
        ),
        "rd": PolicyFactory(
            slug="rd",
            title_zh="上海市鼓励设立和发展外资研发中心的规定",
            title_en="Provisions on foreign-funded R&D centres",
            summary_zh="外资研发中心的认定条件，符合条件的可按地区总部资金获得资助。",
            summary_en="Recognition of R&D centres.",
        ),
        "talent": PolicyFactory(
            slug="talent",
            title_zh="杨浦区人才安居办法",
            title_en="Yangpu talent housing measures",
            summary_zh="人才公寓和租房补贴。",
            summary_en="Talent apartments and rent subsidies.",
        ),
    }


def slugs(query: str, **kwargs) -> list[str]:
    return [policy.slug for policy in search_policies(query, limit=10, **kwargs)]


def test_chinese_queries_are_cut_into_words():
    terms = search_terms("地区总部认定条件")
    assert "地区" in terms and "总部" in terms and "认定" in terms
    assert all(len(term) > 1 for term in terms)


def test_english_stop_words_and_case_are_dropped():
    assert search_terms("The Regional HEADQUARTERS of Shanghai") == [
        "regional",
        "headquarters",
        "shanghai",
    ]


def test_a_chinese_query_finds_policies_and_ranks_title_matches_first(library):
    assert slugs("研发中心") == ["rd"]
    # Both mention regional headquarters; the one with it in its title comes first.
    assert slugs("地区总部") == ["rhq", "rd"]


def test_an_english_query_searches_the_english_fields(library):
    assert slugs("rent subsidies") == ["talent"]
    assert slugs("regional headquarters")[0] == "rhq"


def test_mixed_language_queries_and_tags_match(library):
    tag = PolicyTagFactory(code="housing", name_zh="安居", name_en="Housing")
    library["talent"].tags.add(tag)
    assert slugs("housing") == ["talent"]
    assert "talent" in slugs("人才 housing")


def test_articles_are_searched_too(library):
    library["talent"].articles.create(
        position=1, heading_en="Eligibility", summary_en="Applicants hold a doctorate."
    )
    assert slugs("doctorate") == ["talent"]


def test_nothing_matches_nonsense_and_an_empty_query_lists_newest(library):
    assert slugs("zzzyxw") == []
    assert len(slugs("   ")) == 3
    assert slugs("x" * 500) == []


def test_limit_and_unpublished_policies(library):
    library["rd"].is_published = False
    library["rd"].save()
    assert "rd" not in slugs("研发中心")
    assert len(search_policies("", limit=1)) == 1
