"""Scoring carrier sites against an investment project's space needs (pure Python, no Django).

Four parts, each scored 0–1 and weighted (weights add up to 100):

* **area** (35): the site's available area covers the need → 1; it covers at least half of
  it → the covered fraction (e.g. 0.8 for 800 of 1,000 m²); less than half → 0.
* **type** (25): the site offers the space type needed (office, lab, industrial) → 1, else 0.
* **sector** (25): the site welcomes one of the project's sectors → 1; the site names no
  sectors (open to all) → 0.5; no overlap → 0.
* **budget** (15): the site's lowest rent is within the budget (rent per m² per day) → 1
  when its highest rent is too, else 0.75; its lowest rent exceeds the budget by at most
  20% → 0.4; more → 0.

A part whose facts are missing on either side (no area, no budget or no rent stated) scores
0.5 and says so. A site that fails on type or has less than half the area is not a fit
(`fits` is False) whatever its total. Every part contributes a `Reason` so a page can
explain the ranking.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

WEIGHTS = {"area": 35, "type": 25, "sector": 25, "budget": 15}
UNKNOWN = 0.5
BUDGET_TOLERANCE = Decimal("0.20")


@dataclass(frozen=True)
class SpaceNeed:
    area_m2: int | None
    space_type: str
    sectors: frozenset[str]
    budget: Decimal | None  # highest acceptable rent, CNY per m² per day


@dataclass(frozen=True)
class SiteOffer:
    key: int
    available_m2: int | None
    space_types: frozenset[str]
    sectors: frozenset[str]
    rent_min: Decimal | None
    rent_max: Decimal | None


@dataclass(frozen=True)
class Reason:
    """`code` names the finding; `values` are the numbers or names it refers to."""

    part: str
    code: str
    values: tuple = ()


@dataclass(frozen=True)
class SiteScore:
    key: int
    total: int
    fits: bool
    parts: dict
    reasons: tuple[Reason, ...]


def score_area(need: int | None, available: int | None) -> tuple[float, Reason]:
    if not need or available is None:
        return UNKNOWN, Reason("area", "area_unknown")
    if available >= need:
        return 1.0, Reason("area", "area_fits", (available, need))
    fraction = available / need
    if fraction >= 0.5:
        return round(fraction, 2), Reason("area", "area_short", (available, need))
    return 0.0, Reason("area", "area_too_small", (available, need))


def score_type(needed: str, offered: frozenset[str]) -> tuple[float, Reason]:
    if needed in offered:
        return 1.0, Reason("type", "type_fits", (needed,))
    return 0.0, Reason("type", "type_missing", (needed,))


def score_sector(wanted: frozenset[str], welcomed: frozenset[str]) -> tuple[float, Reason]:
    if not welcomed:
        return UNKNOWN, Reason("sector", "sector_open")
    shared = wanted & welcomed
    if shared:
        return 1.0, Reason("sector", "sector_fits", tuple(sorted(shared)))
    return 0.0, Reason("sector", "sector_mismatch")


def score_budget(
    budget: Decimal | None, rent_min: Decimal | None, rent_max: Decimal | None
) -> tuple[float, Reason]:
    if budget is None or rent_min is None:
        return UNKNOWN, Reason("budget", "budget_unknown")
    if rent_min <= budget:
        if rent_max is None or rent_max <= budget:
            return 1.0, Reason("budget", "budget_fits", (rent_min, rent_max or rent_min, budget))
        return 0.75, Reason("budget", "budget_partly", (rent_min, rent_max, budget))
    if rent_min <= budget * (1 + BUDGET_TOLERANCE):
        return 0.4, Reason("budget", "budget_slightly_over", (rent_min, budget))
    return 0.0, Reason("budget", "budget_over", (rent_min, budget))


def score_site(need: SpaceNeed, site: SiteOffer) -> SiteScore:
    """How well one site fits the need, 0–100, with a reason per part."""
    scored = {
        "area": score_area(need.area_m2, site.available_m2),
        "type": score_type(need.space_type, site.space_types),
        "sector": score_sector(need.sectors, site.sectors),
        "budget": score_budget(need.budget, site.rent_min, site.rent_max),
    }
    parts = {name: value for name, (value, _reason) in scored.items()}
    weighted = sum(WEIGHTS[name] * value for name, value in parts.items())
    total = int(weighted + 0.5)  # half up, so 82.5 shows as 83 (round() would give 82)
    fits = parts["type"] > 0 and parts["area"] > 0
    reasons = tuple(reason for _value, reason in scored.values())
    return SiteScore(site.key, total, fits, parts, reasons)


def rank_sites(need: SpaceNeed, sites: Iterable[SiteOffer], *, limit: int = 10) -> list[SiteScore]:
    """Fitting sites, best first (ties: the smaller key first, for a stable order)."""
    scores = [score_site(need, site) for site in sites]
    fitting = [score for score in scores if score.fits]
    return sorted(fitting, key=lambda score: (-score.total, score.key))[:limit]


def rank_projects(
    site: SiteOffer, needs: Iterable[tuple[int, SpaceNeed]], *, limit: int = 10
) -> list[tuple[int, SiteScore]]:
    """Projects the site fits, best first, as (project key, score) pairs."""
    scored = [(key, score_site(need, site)) for key, need in needs]
    fitting = [(key, score) for key, score in scored if score.fits]
    return sorted(fitting, key=lambda pair: (-pair[1].total, pair[0]))[:limit]
