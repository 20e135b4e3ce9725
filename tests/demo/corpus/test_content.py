"""The hand-written content of the corpus, as read from data/corpus/."""

from __future__ import annotations

import pytest

from duijie_demo.corpus import content
from duijie_demo.corpus.schema import IP_STATUSES, LISTING_KINDS, PARTNERSHIP_TYPES, SECTOR_CODES

BUYER_TAGS = {"", "gov", "park", "research", "service", *SECTOR_CODES}


@pytest.mark.parametrize("sector", SECTOR_CODES)
def test_every_topic_has_its_parts_in_both_languages(sector):
    topics = content.topics(sector)
    assert len(topics) == 9
    for topic in topics:
        assert topic.sector == sector
        parts = (topic.apps, topic.buyers, topic.details, topic.reqs)
        assert [len(part) for part in parts] == [4, 4, 3, 2]
        for zh, en in (topic.tech, topic.need, *topic.apps, *topic.details, *topic.reqs):
            assert content.has_cjk(zh) and zh.strip() == zh
            assert en and not content.has_cjk(en)
        zh_keywords, en_keywords = topic.keywords
        assert zh_keywords and en_keywords and isinstance(zh_keywords, tuple)
        assert set(topic.buyers) <= BUYER_TAGS
        assert set(topic.also) <= set(SECTOR_CODES) - {sector}
        assert 1 <= topic.trl <= 9 and topic.ip in IP_STATUSES


def test_a_topic_reads_its_buyers_and_keywords():
    solar = content.topics("green")[0]
    assert solar.code == "solar_om" and solar.trl == 8
    assert solar.apps[0] == ("工业厂房屋顶", "factory rooftops")
    assert solar.buyers == ("manufacturing", "logistics", "gov", "")
    assert solar.keywords[1][:2] == ("solar O&M", "distributed energy")


def test_hand_written_listings_name_their_owner_and_challenges_a_deadline():
    business = content.records("business")
    challenges = content.records("challenges")
    assert business[0].org_key == "sg-redhill-ventures"
    assert {r.kind for r in business} <= set(LISTING_KINDS) - {"challenge"}
    assert {r.kind for r in challenges} == {"challenge"}
    assert all(r.deadline and r.deadline > 0 and r.prize for r in challenges)
    assert all(r.deadline is None and r.prize == "" for r in business)
    for record in (*business, *challenges):
        assert set(record.partnerships) <= set(PARTNERSHIP_TYPES)
        assert set(record.sectors) <= set(SECTOR_CODES) and record.keywords


def test_every_enterprise_focuses_on_a_topic_of_its_sector():
    by_code = {t.code: t for sector in SECTOR_CODES for t in content.topics(sector)}
    rows = content.enterprises()
    assert len(rows) == 16 * len(SECTOR_CODES)
    for sector, country, _slug, _en, name_zh, focus in rows:
        assert country in ("SG", "CN") and content.has_cjk(name_zh)
        assert by_code[focus].sector == sector
    assert content.focus_topics()["sg-lionmind-ai"] == "llm_assistant"


def test_institutions_of_both_countries():
    singapore, china = content.institutions("sg"), content.institutions("cn")
    assert singapore[0].key == "sg-straits-institute-of-technology"
    assert {i.country for i in china} == {"CN"}
    assert all(set(i.sectors) <= set(SECTOR_CODES) and i.sectors for i in (*singapore, *china))
