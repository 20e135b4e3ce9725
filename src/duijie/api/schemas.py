"""Shared response schemas."""

from ninja import Schema


class SectorOut(Schema):
    code: str
    name_zh: str
    name_en: str


class OrganisationBrief(Schema):
    id: int
    name_zh: str
    name_en: str
    country: str
    org_type: str
