"""The generated listings and enterprise profiles written again in the other language."""

import re

from duijie.versions.core.script import is_written_in
from duijie_demo.corpus.build import all_topics, build_demo
from duijie_demo.corpus.content import enterprises
from duijie_demo.corpus.parallel import other_language_listings, other_language_profile


def test_each_generated_listing_has_a_twin_in_the_other_language_with_the_same_facts():
    demo = build_demo()
    twins = other_language_listings()
    generated = [item for item in demo.listings if item.key in twins]
    assert len(generated) == len(twins) >= 600
    for item in generated:
        twin = twins[item.key]
        assert twin.content_locale != item.content_locale
        assert (twin.kind, twin.ip_status, twin.partnership_types, twin.target_region) == (
            item.kind,
            item.ip_status,
            item.partnership_types,
            item.target_region,
        )
        assert (twin.budget_min, twin.budget_max, twin.trl) == (
            item.budget_min,
            item.budget_max,
            item.trl,
        )
        assert is_written_in(twin.title, twin.content_locale)
        assert is_written_in(twin.description, twin.content_locale)


def test_building_the_twins_leaves_the_demo_as_it_was():
    before = build_demo()
    other_language_listings.cache_clear()
    other_language_listings()
    assert build_demo() == before


def test_enterprise_profiles_are_written_in_the_other_language_with_their_numbers():
    topics = {topic.code: topic for group in all_topics().values() for topic in group}
    focus = {f"{row[1].lower()}-{row[2]}": topics[row[5]] for row in enterprises()}
    orgs = [org for org in build_demo().organisations if org.key in focus]
    written = 0
    for org in orgs:
        text = other_language_profile(org, focus[org.key])
        if not text:
            continue
        written += 1
        other = "en" if org.profile_locale == "zh-hans" else "zh-hans"
        assert is_written_in(text, other)
        year = re.search(r"(?:成立于|founded in )(\d{4})", org.profile).group(1)
        assert year in text
    assert written >= 0.7 * len(orgs)
