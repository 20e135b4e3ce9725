"""Read API of investment projects and carrier sites, with the same rules as the pages."""
# No `from __future__ import annotations`: django-ninja reads these annotations at runtime.

import datetime
from decimal import Decimal

from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from ninja import Query, Router, Schema
from ninja.errors import HttpError
from ninja.pagination import paginate

from duijie.api.access import require
from duijie.api.pagination import PageNumberPagination
from duijie.api.schemas import OrganisationBrief
from duijie.projects.domain.access import visible_projects, visible_sites
from duijie.projects.domain.browse import ProjectFilters, SiteFilters, filter_projects, filter_sites
from duijie.projects.domain.matching import fitting_projects, ranked_sites

router = Router()


class ProjectUnitOut(Schema):
    code: str
    name_zh: str
    name_en: str


class FitReasonOut(Schema):
    part: str
    code: str
    values: list[str]


class ScoreOut(Schema):
    total: int
    parts: dict[str, float]
    reasons: list[FitReasonOut]


class ProjectOut(Schema):
    id: int
    name_zh: str
    name_en: str
    investor: OrganisationBrief
    sectors: list[str]
    investment_amount: Decimal | None
    currency: str
    jobs: int | None
    space_area_m2: int | None
    space_type: str
    rent_budget: Decimal | None
    responsible_unit: ProjectUnitOut
    stage: str
    dropped_reason: str
    stage_changed_at: datetime.datetime | None


class SiteOut(Schema):
    id: int
    name_zh: str
    name_en: str
    kind: str
    parent_id: int | None
    district: str
    address_zh: str
    address_en: str
    space_types: list[str]
    available_area_m2: int
    rent_min: Decimal | None
    rent_max: Decimal | None
    sectors: list[str]
    operator: OrganisationBrief | None
    contact_unit: ProjectUnitOut
    is_available: bool


class SiteMatchOut(Schema):
    site: SiteOut
    score: ScoreOut


class ProjectDetailOut(ProjectOut):
    matching_sites: list[SiteMatchOut]


class ProjectMatchOut(Schema):
    project: ProjectOut
    score: ScoreOut


class SiteDetailOut(SiteOut):
    fitting_projects: list[ProjectMatchOut]


class ProjectQuery(Schema):
    q: str = ""
    stage: str = ""
    sector: str = ""
    unit: str = ""
    space_type: str = ""


class SiteQuery(Schema):
    q: str = ""
    kind: str = ""
    district: str = ""
    space_type: str = ""
    sector: str = ""
    min_area: int | None = None


def _with_sectors(obj, schema) -> dict:
    fields = {name: getattr(obj, name) for name in schema.model_fields if hasattr(obj, name)}
    return {**fields, "sectors": [sector.code for sector in obj.sectors.all()]}


def score_out(score) -> dict:
    reasons = [
        {"part": r.part, "code": r.code, "values": [str(v) for v in r.values]}
        for r in score.reasons
    ]
    return {"total": score.total, "parts": score.parts, "reasons": reasons}


@router.get("/", response=list[ProjectOut], summary="Investment projects the caller may see")
@paginate(PageNumberPagination, page_size=20)
def list_projects(request, filters: Query[ProjectQuery]):
    require(request, "projects.list_projects")
    projects = filter_projects(request.user, ProjectFilters(**filters.dict()))
    return [_with_sectors(project, ProjectOut) for project in projects]


@router.get("/sites", response=list[SiteOut], summary="Carrier sites")
@paginate(PageNumberPagination, page_size=20)
def list_sites(request, filters: Query[SiteQuery]):
    require(request, "projects.view_site")
    if filters.min_area is not None and filters.min_area < 0:
        raise HttpError(422, _("The minimum area cannot be negative."))
    sites = filter_sites(request.user, SiteFilters(**filters.dict()))
    return [_with_sectors(site, SiteOut) for site in sites]


@router.get("/sites/{site_id}", response=SiteDetailOut, summary="One site and fitting projects")
def get_site(request, site_id: int):
    require(request, "projects.view_site")
    site = get_object_or_404(visible_sites(request.user), pk=site_id)
    matches = fitting_projects(site, visible_projects(request.user).select_related("investor"))
    return {
        **_with_sectors(site, SiteOut),
        "fitting_projects": [
            {"project": _with_sectors(p, ProjectOut), "score": score_out(s)} for p, s in matches
        ],
    }


@router.get("/{project_id}", response=ProjectDetailOut, summary="One project and ranked sites")
def get_project(request, project_id: int):
    require(request, "projects.list_projects")
    project = get_object_or_404(visible_projects(request.user), pk=project_id)
    matches = ranked_sites(project, visible_sites(request.user))
    return {
        **_with_sectors(project, ProjectOut),
        "matching_sites": [
            {"site": _with_sectors(site, SiteOut), "score": score_out(s)} for site, s in matches
        ],
    }
