"""Tests for the deterministic bilingual demo data (pure Python, no database)."""

from __future__ import annotations

import re
import time
from collections import Counter
from functools import cache

import pytest

from duijie.directory.identifiers import validate_uen, validate_uscc
from duijie_demo.corpus import DemoData, build_demo
from duijie_demo.corpus import schema as S
from duijie_demo.corpus.content import has_cjk

CJK = re.compile(r"[\u3400-\u9fff]")
EMAIL_DOMAINS = ("@example.com", "@example.sg", "@example.cn")


@cache
def data() -> DemoData:
    return build_demo()


def test_build_is_fast_and_deterministic() -> None:
    start = time.perf_counter()
    again = build_demo()
    assert time.perf_counter() - start < 1.0
    assert again == data()
    assert again is not data()


def test_counts() -> None:
    d = data()
    assert len(d.sectors) == 8
    assert len(d.organisations) >= 160
    assert len(d.listings) >= 640
    countries = Counter(o.country for o in d.organisations)
    assert countries["SG"] >= 70 and countries["CN"] >= 70
    locales = Counter(listing.content_locale for listing in d.listings)
    assert locales["zh-hans"] / len(d.listings) >= 0.45
    assert locales["en"] / len(d.listings) >= 0.45


def test_sector_codes_and_coverage() -> None:
    d = data()
    assert tuple(s.code for s in d.sectors) == S.SECTOR_CODES
    assert {s.name_zh for s in d.sectors} >= {
        "数字经济与人工智能",
        "医疗健康与医疗器械",
        "绿色低碳",
    }
    per_sector = Counter(code for listing in d.listings for code in set(listing.sectors))
    for code in S.SECTOR_CODES:
        assert per_sector[code] >= 40, code


def test_unique_keys_titles_and_emails() -> None:
    d = data()
    for values in (
        [o.key for o in d.organisations],
        [listing.key for listing in d.listings],
        [listing.title for listing in d.listings],
        [p.email for p in d.people],
        [o.name_en for o in d.organisations],
        [o.name_zh for o in d.organisations],
    ):
        assert len(values) == len(set(values))


def test_field_lengths_fit_the_models() -> None:
    d = data()
    assert max(len(o.key) for o in d.organisations) <= 80
    assert max(len(listing.key) for listing in d.listings) <= 80
    assert max(len(listing.title) for listing in d.listings) <= 200
    assert max(len(listing.description) for listing in d.listings) <= 10_000
    assert max(len(o.name_en) for o in d.organisations) <= 200


def test_organisation_fields_are_valid() -> None:
    sector_codes = set(S.SECTOR_CODES)
    for org in data().organisations:
        assert re.fullmatch(r"[a-z]{2}-[a-z0-9-]+", org.key), org.key
        assert org.country in S.COUNTRIES
        assert org.org_type in S.ORG_TYPES
        assert org.srdi_level in S.SRDI_LEVELS
        assert org.size_band in S.SIZE_BANDS
        assert org.profile_locale in S.LOCALES
        assert org.sectors and set(org.sectors) <= sector_codes
        assert org.name_zh and org.name_en and org.city and org.district and org.profile
        assert re.fullmatch(r"https://[a-z0-9-]+\.example\.(sg|cn|com)", org.website)
        assert has_cjk(org.name_zh)
        if org.country != "CN":
            assert org.srdi_level == "none"


def test_registration_numbers() -> None:
    for org in data().organisations:
        if org.country == "CN":
            assert validate_uscc(org.uscc) is None, org.key
            assert org.uen == ""
            assert org.profile_locale == "zh-hans" and CJK.search(org.profile)
        elif org.country == "SG":
            assert validate_uen(org.uen) is None, org.key
            assert org.uscc == ""
            assert org.profile_locale == "en" and not has_cjk(org.profile)
        else:
            assert org.uscc == "" and org.uen == ""


def test_organisation_mix() -> None:
    d = data()
    types = Counter(o.org_type for o in d.organisations)
    assert types["enterprise"] >= 120
    for org_type in ("university", "institute", "government", "park_operator", "investor"):
        assert types[org_type] >= 4, org_type
    assert types["service_agency"] >= 4
    assert sum(o.district == "Yangpu" for o in d.organisations) >= 50
    enterprises = [o for o in d.organisations if o.org_type == "enterprise"]
    for code in S.SECTOR_CODES:
        assert sum(o.sectors[0] == code for o in enterprises) >= 10, code
    assert any(o.srdi_level == "national" for o in d.organisations)
    assert any(o.regional_hq for o in d.organisations)
    assert not all(o.verified for o in d.organisations)


def test_people() -> None:
    d = data()
    org_keys = {o.key for o in d.organisations}
    per_org: dict[str, list[str]] = {}
    for person in d.people:
        assert person.email.endswith(EMAIL_DOMAINS), person.email
        assert person.language in S.LOCALES
        assert person.org_role in S.ORG_ROLES
        assert (person.org_key is None) == (person.org_role == "")
        assert re.fullmatch(r"\+\d{2} [\d ]{7,12}", person.phone), person.phone
        if person.org_key:
            assert person.org_key in org_keys
            per_org.setdefault(person.org_key, []).append(person.org_role)
    assert set(per_org) == org_keys
    for roles in per_org.values():
        assert 1 <= len(roles) <= 2 and roles[0] == "admin"
        assert roles.count("admin") == 1
    logins = [p.email for p in d.people[:10]]
    assert "sg.company@example.com" in logins and "cn.company@example.com" in logins


def test_listing_enums_and_relations() -> None:
    d = data()
    org_keys = {o.key for o in d.organisations}
    for listing in d.listings:
        assert listing.org_key in org_keys
        assert listing.kind in S.LISTING_KINDS
        assert listing.content_locale in S.LOCALES
        assert listing.ip_status in S.IP_STATUSES
        assert listing.partnership_types
        assert set(listing.partnership_types) <= set(S.PARTNERSHIP_TYPES)
        assert listing.currency in S.CURRENCIES
        assert listing.target_region in S.TARGET_REGIONS
        assert listing.visibility in S.VISIBILITIES
        assert set(listing.sectors) <= set(S.SECTOR_CODES) and listing.sectors
        assert listing.trl is None or 1 <= listing.trl <= 9
        assert listing.expires_in_days > 0
        assert 3 <= len(listing.keywords) <= 6 and all(listing.keywords)


def test_budgets_are_consistent() -> None:
    for listing in data().listings:
        if listing.budget_min is None:
            assert listing.budget_max is None and listing.currency == ""
        else:
            assert listing.budget_max is not None
            assert 0 < listing.budget_min <= listing.budget_max
            assert listing.currency in ("CNY", "SGD", "USD")


def test_kind_mix_and_visibility() -> None:
    d = data()
    kinds = Counter(listing.kind for listing in d.listings)
    assert kinds["tech_offer"] + kinds["tech_request"] > len(d.listings) / 2
    assert kinds["business_offer"] >= 10 and kinds["business_request"] >= 10
    assert kinds["rnd_request"] >= 10
    assert 15 <= kinds["challenge"] <= 30
    visibility = Counter(listing.visibility for listing in d.listings)
    assert visibility["public"] > len(d.listings) / 2
    assert visibility["members"] >= 10 and visibility["anonymous"] >= 5


def test_challenges_have_deadlines_and_prizes() -> None:
    for listing in data().listings:
        if listing.kind == "challenge":
            assert listing.deadline_in_days and listing.deadline_in_days > 0
            assert listing.expires_in_days > listing.deadline_in_days
            assert re.search(r"\d", listing.prize) and listing.prize[0] in "¥SU"
        else:
            assert listing.deadline_in_days is None and listing.prize == ""


def test_language_of_listings() -> None:
    for listing in data().listings:
        text = " ".join((listing.title, listing.description, *listing.keywords))
        if listing.content_locale == "zh-hans":
            assert CJK.search(listing.title) and CJK.search(listing.description), listing.key
        else:
            assert not has_cjk(text), listing.key


def test_descriptions_have_two_to_five_sentences() -> None:
    for listing in data().listings:
        if listing.content_locale == "zh-hans":
            sentences = [s for s in re.split(r"[。！？]", listing.description) if s.strip()]
        else:
            sentences = re.findall(r"[.!?](?:\s|$)", listing.description)
        assert 2 <= len(sentences) <= 5, (listing.key, listing.description)


def test_needs_have_cross_lingual_counterparts() -> None:
    """Each tech request is paired with an offer on the same topic in the other language."""
    d = data()
    by_key = {listing.key: listing for listing in d.listings}
    requests = [listing for listing in d.listings if listing.kind == "tech_request"]
    assert len(requests) >= 200
    for request in requests:
        offer = by_key[request.key.removesuffix("-request") + "-offer"]
        assert offer.kind == "tech_offer"
        assert offer.content_locale != request.content_locale
        assert offer.sectors == request.sectors
        owners = {o.key: o.country for o in d.organisations}
        assert owners[offer.org_key] != owners[request.org_key]


@pytest.mark.parametrize("seed", [1, 2])
def test_other_seeds_still_valid(seed: int) -> None:
    d = build_demo(seed)
    assert len(d.listings) == len(data().listings)
    assert len({p.email for p in d.people}) == len(d.people)
