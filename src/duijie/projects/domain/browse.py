"""Filtering projects and sites, and the rows of their Excel exports."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q, QuerySet
from django.utils.translation import get_language, pgettext
from django.utils.translation import gettext as _

from duijie.common.core.formatting import join_list
from duijie.projects.domain.access import visible_projects, visible_sites
from duijie.projects.models import CarrierSite, InvestmentProject

MAX_QUERY_LENGTH = 200


@dataclass(frozen=True)
class ProjectFilters:
    q: str = ""
    stage: str = ""
    sector: str = ""
    unit: str = ""
    space_type: str = ""


def filter_projects(user, filters: ProjectFilters) -> QuerySet[InvestmentProject]:
    """Visible projects matching the filters."""
    queryset = visible_projects(user)
    if filters.stage:
        queryset = queryset.filter(stage=filters.stage)
    if filters.sector:
        queryset = queryset.filter(sectors__code=filters.sector)
    if filters.unit:
        queryset = queryset.filter(responsible_unit__code=filters.unit)
    if filters.space_type:
        queryset = queryset.filter(space_type=filters.space_type)
    for term in filters.q.strip()[:MAX_QUERY_LENGTH].split():
        queryset = queryset.filter(
            Q(name_zh__icontains=term)
            | Q(name_en__icontains=term)
            | Q(investor__name_zh__icontains=term)
            | Q(investor__name_en__icontains=term)
        )
    related = queryset.select_related("investor", "responsible_unit", "owner")
    return related.prefetch_related("sectors").distinct()


@dataclass(frozen=True)
class SiteFilters:
    q: str = ""
    kind: str = ""
    district: str = ""
    space_type: str = ""
    sector: str = ""
    min_area: int | None = None


def filter_sites(user, filters: SiteFilters) -> QuerySet[CarrierSite]:
    """Visible sites matching the filters."""
    queryset = visible_sites(user)
    for name in ("kind", "district"):
        if getattr(filters, name):
            queryset = queryset.filter(**{name: getattr(filters, name)})
    if filters.sector:
        queryset = queryset.filter(sectors__code=filters.sector)
    if filters.min_area is not None:
        queryset = queryset.filter(available_area_m2__gte=filters.min_area)
    for term in filters.q.strip()[:MAX_QUERY_LENGTH].split():
        queryset = queryset.filter(
            Q(name_zh__icontains=term) | Q(name_en__icontains=term) | Q(address_zh__icontains=term)
        )
    sites = queryset.select_related("operator", "contact_unit", "parent").prefetch_related(
        "sectors"
    )
    if filters.space_type:  # a JSON list: filtered in Python so SQLite and PostgreSQL agree
        return [site for site in sites.distinct() if filters.space_type in site.space_types]
    return sites.distinct()


def _number(value):
    """Decimals as floats, so Excel shows numbers rather than text."""
    return None if value is None else float(value)


def _joined(items) -> str:
    """Cells listing several names use the reader's separator (、 or ", ")."""
    return join_list(items, get_language() or "en")


def _sector_names(obj) -> str:
    return _joined(sector.name for sector in obj.sectors.all())


def project_rows(projects) -> tuple[list[str], list[list]]:
    headers = [
        _("Project"), pgettext("project party", "Investor"), _("Country"), _("Sectors"), _("Stage"),
        _("Investment amount"), _("Currency"), _("Jobs"), _("Space needed (m²)"),
        _("Space type"), _("Rent budget (CNY per m² per day)"), _("Responsible unit"),
        _("Project manager"), _("Stage changed"),
    ]  # fmt: skip
    rows = [
        [
            p.name, p.investor.name, p.investor.get_country_display(), _sector_names(p),
            p.get_stage_display(), _number(p.investment_amount), p.currency, p.jobs,
            p.space_area_m2, p.get_space_type_display(), _number(p.rent_budget),
            p.responsible_unit.name,
            p.owner.full_name if p.owner else "", p.stage_changed_at,
        ]
        for p in projects
    ]  # fmt: skip
    return headers, rows


def site_rows(sites) -> tuple[list[str], list[list]]:
    headers = [
        _("Site"), _("Kind"), _("District"), _("Address"), _("Space types"),
        _("Available area (m²)"), _("Rent from"), _("Rent to"), _("Sectors suited"),
        _("Operator"), _("Contact unit"), _("Space available"),
    ]  # fmt: skip
    rows = [
        [
            s.name, s.get_kind_display(), s.get_district_display(), s.address,
            _joined(s.space_type_labels()), s.available_area_m2, _number(s.rent_min),
            _number(s.rent_max),
            _sector_names(s), s.operator.name if s.operator else "", s.contact_unit.name,
            _("yes") if s.is_available else _("no"),
        ]
        for s in sites
    ]  # fmt: skip
    return headers, rows
