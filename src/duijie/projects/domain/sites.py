"""Carrier sites: parks, buildings and idle floors offered to investors."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from duijie.common.audit import record_event
from duijie.common.errors import DomainError
from duijie.common.permissions import require
from duijie.projects.models import CarrierSite, SpaceType

SITE_FIELDS = (
    "name_zh",
    "name_en",
    "kind",
    "parent",
    "district",
    "address_zh",
    "address_en",
    "space_types",
    "available_area_m2",
    "rent_min",
    "rent_max",
    "operator",
    "contact_unit",
    "description",
    "content_locale",
    "is_available",
)


def _check(data: dict, site: CarrierSite | None = None) -> None:
    if not (data.get("name_zh") or data.get("name_en")):
        raise DomainError(_("Give the name in at least one language."), code="name")
    if not data.get("space_types") or set(data["space_types"]) - set(SpaceType.values):
        raise DomainError(_("Choose the kinds of space the site offers."), code="space_types")
    low, high = data.get("rent_min"), data.get("rent_max")
    if low is not None and high is not None and low > high:
        raise DomainError(_("The highest rent must not be below the lowest."), code="rent")
    parent = data.get("parent")
    if site is not None and parent is not None and parent.pk == site.pk:
        raise DomainError(_("A site cannot be part of itself."), code="parent")


def create_site(*, actor, fields: dict, sectors=()) -> CarrierSite:
    """Record a carrier site (government staff)."""
    require(actor, "projects.create_site")
    data = {k: v for k, v in fields.items() if k in SITE_FIELDS}
    _check(data)
    with transaction.atomic():
        site = CarrierSite.objects.create(**data)
        site.sectors.set(sectors)
        record_event(site, "site.created", actor=actor)
    return site


def update_site(site: CarrierSite, *, actor, fields: dict, sectors=None) -> CarrierSite:
    """Change a site (staff of its contact unit and coordinators)."""
    require(actor, "projects.change_site", site)
    data = {name: getattr(site, name) for name in SITE_FIELDS}
    data.update({k: v for k, v in fields.items() if k in SITE_FIELDS})
    _check(data, site)
    with transaction.atomic():
        for name, value in data.items():
            setattr(site, name, value)
        site.save()
        if sectors is not None:
            site.sectors.set(sectors)
        record_event(site, "site.edited", actor=actor, fields=sorted(fields))
    return site
