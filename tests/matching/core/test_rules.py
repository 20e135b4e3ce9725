from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from duijie.matching.core import rules
from duijie.matching.core.types import Filters, ListingDoc

NEED = ListingDoc(id=1, kind="tech_request", title="t", org_id=1, country="CN", trl=6)


def offer(**changes) -> ListingDoc:  # type: ignore[no-untyped-def]
    base = ListingDoc(id=2, kind="tech_offer", title="o", org_id=2, country="SG", trl=7)
    return replace(base, **changes)


@pytest.mark.parametrize(
    ("need_kind", "offer_kind", "org_type", "expected"),
    [
        ("tech_request", "tech_offer", "company", True),
        ("tech_request", "business_offer", "company", False),
        ("business_request", "business_offer", "company", True),
        ("business_request", "tech_offer", "company", False),
        ("rnd_request", "tech_offer", "company", True),
        ("rnd_request", "business_offer", "company", False),
        ("rnd_request", "business_offer", "university", True),
        ("rnd_request", "business_offer", "institute", True),
        ("challenge", "tech_offer", "company", True),
        ("challenge", "business_offer", "university", False),
        ("tech_request", "tech_request", "company", False),
        ("tech_offer", "tech_offer", "company", False),
    ],
)
def test_kind_pairs(need_kind: str, offer_kind: str, org_type: str, expected: bool) -> None:
    need = replace(NEED, kind=need_kind)
    assert rules.answers(need, offer(kind=offer_kind, org_type=org_type)) is expected


def test_never_own_organisation() -> None:
    assert rules.may_match(NEED, offer(), None)
    assert not rules.may_match(NEED, offer(org_id=1), None)


def test_expiry_uses_callers_today() -> None:
    expiring = offer(expires_on=date(2026, 5, 1))
    assert rules.may_match(NEED, expiring, date(2026, 5, 1))
    assert not rules.may_match(NEED, expiring, date(2026, 5, 2))
    assert rules.may_match(NEED, expiring, None)


def test_visibility_set_or_predicate() -> None:
    assert rules.may_match(NEED, offer(), None, visible={2, 3})
    assert not rules.may_match(NEED, offer(), None, visible=frozenset({3}))
    assert not rules.may_match(NEED, offer(), None, visible=lambda i: i % 2 == 1)


def test_filters() -> None:
    tagged = offer(sectors=("green", "fintech"), country="SG", trl=7)
    assert rules.passes_filters(tagged, Filters(sectors=frozenset({"green"})))
    assert not rules.passes_filters(tagged, Filters(sectors=frozenset({"healthcare"})))
    assert not rules.passes_filters(tagged, Filters(countries=frozenset({"CN", "OTHER"})))
    assert rules.passes_filters(tagged, Filters(trl_min=7, trl_max=9))
    assert not rules.passes_filters(tagged, Filters(trl_min=8))
    assert rules.passes_filters(offer(trl=None), Filters(trl_min=8))


def test_cross_border_sector_and_trl() -> None:
    assert rules.is_cross_border(NEED, offer())
    assert not rules.is_cross_border(NEED, offer(country="CN"))
    assert rules.sector_overlap(replace(NEED, sectors=("a", "b")), offer(sectors=("b",))) == 0.5
    assert rules.sector_overlap(NEED, offer(sectors=("b",))) == 0.0
    assert rules.trl_fit(NEED, offer(trl=9)) == 1.0
    assert rules.trl_fit(NEED, offer(trl=2)) == 0.5
    assert rules.trl_fit(NEED, offer(trl=None)) == 0.5
