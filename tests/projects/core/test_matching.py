from decimal import Decimal

import pytest

from duijie.projects.core.matching import (
    WEIGHTS,
    SiteOffer,
    SpaceNeed,
    rank_projects,
    rank_sites,
    score_area,
    score_budget,
    score_sector,
    score_site,
    score_type,
)

D = Decimal


def need(**changes) -> SpaceNeed:
    base = {
        "area_m2": 1000,
        "space_type": "office",
        "sectors": frozenset({"fintech"}),
        "budget": D("5.00"),
    }
    return SpaceNeed(**{**base, **changes})


def site(key=1, **changes) -> SiteOffer:
    base = {
        "available_m2": 1500,
        "space_types": frozenset({"office"}),
        "sectors": frozenset({"fintech", "digital_ai"}),
        "rent_min": D("4.00"),
        "rent_max": D("4.80"),
    }
    return SiteOffer(key=key, **{**base, **changes})


def test_weights_add_up_to_100():
    assert sum(WEIGHTS.values()) == 100


@pytest.mark.parametrize(
    ("needed", "available", "value", "code"),
    [
        (1000, 1000, 1.0, "area_fits"),
        (1000, 5000, 1.0, "area_fits"),
        (1000, 800, 0.8, "area_short"),
        (1000, 500, 0.5, "area_short"),
        (1000, 499, 0.0, "area_too_small"),
        (None, 800, 0.5, "area_unknown"),
        (1000, None, 0.5, "area_unknown"),
    ],
)
def test_area(needed, available, value, code):
    score, reason = score_area(needed, available)
    assert (score, reason.code) == (value, code)


def test_type_and_sector():
    assert score_type("lab", frozenset({"office", "lab"}))[0] == 1.0
    assert score_type("industrial", frozenset({"office"}))[1].code == "type_missing"
    assert score_sector(frozenset({"fintech"}), frozenset())[0] == 0.5
    value, reason = score_sector(frozenset({"fintech", "green"}), frozenset({"green", "x"}))
    assert (value, reason.values) == (1.0, ("green",))
    assert score_sector(frozenset({"fintech"}), frozenset({"green"}))[0] == 0.0


@pytest.mark.parametrize(
    ("budget", "low", "high", "value", "code"),
    [
        ("5.00", "4.00", "5.00", 1.0, "budget_fits"),
        ("5.00", "4.00", None, 1.0, "budget_fits"),
        ("5.00", "4.50", "6.00", 0.75, "budget_partly"),
        ("5.00", "6.00", "7.00", 0.4, "budget_slightly_over"),
        ("5.00", "6.01", "7.00", 0.0, "budget_over"),
        (None, "4.00", "5.00", 0.5, "budget_unknown"),
        ("5.00", None, None, 0.5, "budget_unknown"),
    ],
)
def test_budget(budget, low, high, value, code):
    as_decimal = [None if v is None else D(v) for v in (budget, low, high)]
    score, reason = score_budget(*as_decimal)
    assert (score, reason.code) == (value, code)


def test_a_perfect_fit_scores_100_with_four_reasons():
    result = score_site(need(), site())
    assert (result.total, result.fits) == (100, True)
    assert [r.code for r in result.reasons] == [
        "area_fits", "type_fits", "sector_fits", "budget_fits",
    ]  # fmt: skip


def test_partial_fit_total_is_the_weighted_sum():
    result = score_site(need(), site(available_m2=800, sectors=frozenset(), rent_max=D("6.00")))
    # area 0.8×35 + type 25 + sector 0.5×25 + budget 0.75×15 = 28 + 25 + 12.5 + 11.25
    assert result.total == 77
    assert result.parts == {"area": 0.8, "type": 1.0, "sector": 0.5, "budget": 0.75}


def test_wrong_type_or_too_small_is_not_a_fit():
    assert not score_site(need(space_type="lab"), site()).fits
    assert not score_site(need(), site(available_m2=400)).fits


def test_ranking_best_first_ties_by_key_and_limit():
    sites = [
        site(1, sectors=frozenset({"green"})),
        site(2),
        site(3, space_types=frozenset({"industrial"})),
        site(4),
        site(5, available_m2=700),
    ]
    ranked = rank_sites(need(), sites)
    assert [(s.key, s.total) for s in ranked] == [(2, 100), (4, 100), (5, 90), (1, 75)]
    assert [s.key for s in rank_sites(need(), sites, limit=2)] == [2, 4]


def test_ranking_projects_for_a_site():
    needs = [(10, need(area_m2=3000)), (11, need()), (12, need(space_type="lab"))]
    ranked = rank_projects(site(), needs)
    assert [(key, score.total) for key, score in ranked] == [
        (11, 100),
        (10, 83),
    ]  # 1,500 of 3,000 m²: 0.5×35 + 65
