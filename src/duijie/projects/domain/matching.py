"""Matching carrier sites and investment projects with the pure scoring in core/matching.py."""

from __future__ import annotations

from django.db.models import QuerySet

from duijie.projects.core.matching import SiteOffer, SiteScore, SpaceNeed, rank_projects, rank_sites
from duijie.projects.core.stages import is_active
from duijie.projects.models import CarrierSite, InvestmentProject


def need_of(project: InvestmentProject) -> SpaceNeed:
    return SpaceNeed(
        area_m2=project.space_area_m2,
        space_type=project.space_type,
        sectors=frozenset(sector.code for sector in project.sectors.all()),
        budget=project.rent_budget,
    )


def offer_of(site: CarrierSite) -> SiteOffer:
    return SiteOffer(
        key=site.pk,
        available_m2=site.available_area_m2,
        space_types=frozenset(site.space_types),
        sectors=frozenset(sector.code for sector in site.sectors.all()),
        rent_min=site.rent_min,
        rent_max=site.rent_max,
    )


def ranked_sites(project: InvestmentProject, sites: QuerySet[CarrierSite], limit: int = 10):
    """(site, score) pairs of available sites fitting the project, best first."""
    candidates = {
        site.pk: site for site in sites.filter(is_available=True).prefetch_related("sectors")
    }
    scores: list[SiteScore] = rank_sites(
        need_of(project), (offer_of(site) for site in candidates.values()), limit=limit
    )
    return [(candidates[score.key], score) for score in scores]


def fitting_projects(site: CarrierSite, projects: QuerySet[InvestmentProject], limit: int = 10):
    """(project, score) pairs of active projects the site fits, best first."""
    active = [p for p in projects.prefetch_related("sectors") if is_active(p.stage)]
    by_key = {project.pk: project for project in active}
    ranked = rank_projects(offer_of(site), ((p.pk, need_of(p)) for p in active), limit=limit)
    return [(by_key[key], score) for key, score in ranked]
