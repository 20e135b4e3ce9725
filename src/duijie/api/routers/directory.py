"""Read API for the organisation directory. Contact details are never part of it."""

from django.shortcuts import get_object_or_404
from ninja import Query, Router, Schema
from ninja.pagination import paginate

from duijie.api.pagination import PageNumberPagination
from duijie.api.schemas import SectorOut
from duijie.directory.domain.browse import OrganisationFilters, filter_organisations

router = Router()


class OrganisationOut(Schema):
    id: int
    name_zh: str
    name_en: str
    country: str
    city: str
    district: str
    org_type: str
    sectors: list[SectorOut]
    srdi_level: str
    regional_hq: bool
    size_band: str
    profile: str
    content_locale: str
    website: str
    is_verified: bool
    is_sample: bool


class OrganisationQuery(Schema):
    q: str = ""
    country: str = ""
    org_type: str = ""
    sector: str = ""


@router.get("", response=list[OrganisationOut], summary="Organisations in the directory")
@paginate(PageNumberPagination, page_size=20)
def list_organisations(request, filters: Query[OrganisationQuery]):
    queryset = filter_organisations(OrganisationFilters(**filters.dict()))
    return queryset.prefetch_related("sectors")


@router.get("/{org_id}", response=OrganisationOut, summary="One organisation")
def get_organisation(request, org_id: int):
    return get_object_or_404(filter_organisations(OrganisationFilters()), pk=org_id)
