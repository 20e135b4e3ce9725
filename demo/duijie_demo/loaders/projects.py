"""Load demo investors, carrier sites and investment projects, idempotently.

Called by `duijie seed-demo`; rows are found again by `demo_key`. The stage history of a
demo project is written once, when the project is first created.

The content is `data/projects.json` (fictional, realistic). Place names (长阳创谷, 创智天地,
五角场, 杨浦滨江) are real Yangpu locations; the companies, operators and figures are invented.
"""

from __future__ import annotations

import datetime
import random
from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from duijie.common.audit import record_event
from duijie.common.models import AuditEvent
from duijie.directory.identifiers import make_uen, make_uscc
from duijie.directory.models import Organisation, Sector, User
from duijie.projects.core.stages import PIPELINE, Stage
from duijie.projects.models import CarrierSite, InvestmentProject
from duijie_demo.files import read, rows
from duijie_demo.loaders.directory import load_departments

ORDER = 80


@dataclass(frozen=True)
class DemoSite:
    key: str
    name_zh: str
    name_en: str
    kind: str
    parent: str | None
    district: str
    address_zh: str
    address_en: str
    space_types: tuple[str, ...]
    area: int
    rent: tuple[str, str] | None
    sectors: tuple[str, ...]
    operator: str | None
    contact_unit: str
    description: str


@dataclass(frozen=True)
class DemoProject:
    key: str
    name_zh: str
    name_en: str
    investor: str
    sectors: tuple[str, ...]
    amount: str
    currency: str
    jobs: int
    area: int
    space_type: str
    budget: str
    unit: str
    stage: str
    description: str
    dropped_reason: str = ""


DATA = read("projects")
ORGANISATIONS = rows(
    DATA["organisations"],
    *("key", "name_zh", "name_en", "country", "org_type", "sectors", "profile", "profile_locale"),
)
SITES = tuple(DemoSite(**row) for row in DATA["sites"])
PROJECTS = tuple(DemoProject(**row) for row in DATA["projects"])


def load_demo(*, today: datetime.date | None = None) -> dict[str, int]:
    """Create or refresh the demo investors, sites and projects; returns their numbers."""
    today = today or timezone.localdate()
    with transaction.atomic():
        units = load_departments()
        orgs = {row[0]: load_organisation(row) for row in ORGANISATIONS}
        sites: dict[str, CarrierSite] = {}
        for demo in SITES:
            sites[demo.key] = load_site(demo, orgs, units, sites)
        for demo in PROJECTS:
            load_project(demo, orgs, units, today)
    return {"investors": len(ORGANISATIONS), "sites": len(SITES), "projects": len(PROJECTS)}


def _sectors(codes) -> list[Sector]:
    return list(Sector.objects.filter(code__in=codes))


def load_organisation(row) -> Organisation:
    key, name_zh, name_en, country, org_type, sectors, profile, locale = row
    rng = random.Random(key)  # a stable, valid registration number per demo organisation
    fields = {
        "name_zh": name_zh,
        "name_en": name_en,
        "country": country,
        "city": "Singapore" if country == "SG" else "上海",
        "district": "" if country == "SG" else "杨浦区",
        "org_type": org_type,
        "profile": profile,
        "content_locale": locale,
        "uen": make_uen(rng) if country == "SG" else "",
        "uscc": make_uscc(rng) if country == "CN" else "",
        "is_sample": True,
    }
    org, created = Organisation.objects.get_or_create(demo_key=key, defaults=fields)
    if created:
        org.verified_at = timezone.now()
        org.save(update_fields=["verified_at"])
    org.sectors.set(_sectors(sectors))
    return org


def load_site(demo: DemoSite, orgs, units, sites) -> CarrierSite:
    low, high = demo.rent or (None, None)
    site, _ = CarrierSite.objects.update_or_create(
        demo_key=demo.key,
        defaults={
            "name_zh": demo.name_zh,
            "name_en": demo.name_en,
            "kind": demo.kind,
            "parent": sites.get(demo.parent) if demo.parent else None,
            "district": demo.district,
            "address_zh": demo.address_zh,
            "address_en": demo.address_en,
            "space_types": list(demo.space_types),
            "available_area_m2": demo.area,
            "rent_min": Decimal(low) if low else None,
            "rent_max": Decimal(high) if high else None,
            "operator": orgs.get(demo.operator) if demo.operator else None,
            "contact_unit": units[demo.contact_unit],
            "description": demo.description,
            "content_locale": "zh-hans",
        },
    )
    site.sectors.set(_sectors(demo.sectors))
    return site


def load_project(demo: DemoProject, orgs, units, today) -> InvestmentProject:
    unit = units[demo.unit]
    manager = User.objects.filter(department=unit, is_active=True).order_by("pk").first()
    project, created = InvestmentProject.objects.update_or_create(
        demo_key=demo.key,
        defaults={
            "name_zh": demo.name_zh,
            "name_en": demo.name_en,
            "investor": orgs[demo.investor],
            "description": demo.description,
            "content_locale": "en",
            "investment_amount": Decimal(demo.amount),
            "currency": demo.currency,
            "jobs": demo.jobs,
            "space_area_m2": demo.area,
            "space_type": demo.space_type,
            "rent_budget": Decimal(demo.budget),
            "responsible_unit": unit,
            "owner": manager,
            "stage": demo.stage,
            "dropped_reason": demo.dropped_reason,
        },
    )
    project.sectors.set(_sectors(demo.sectors))
    if created:
        write_history(project, demo, manager, today)
    return project


def path_to(stage: str) -> list[str]:
    """The stages a demo project went through to reach `stage`."""
    if stage == Stage.DROPPED:
        return [*PIPELINE[:3], Stage.DROPPED]  # dropped while negotiating
    return list(PIPELINE[: PIPELINE.index(Stage(stage)) + 1])


def write_history(project: InvestmentProject, demo: DemoProject, actor, today) -> None:
    stages = path_to(demo.stage)
    previous = ""
    for index, stage in enumerate(stages):
        days_ago = 45 * (len(stages) - 1 - index) + 5
        change = record_event(
            project,
            f"project.{stage}" if previous else "project.created",
            actor=actor,
            from_state=previous,
            to_state=stage,
            reason=demo.dropped_reason if stage == Stage.DROPPED else "",
        )
        moment = timezone.make_aware(
            datetime.datetime.combine(today - datetime.timedelta(days=days_ago), datetime.time(10))
        )
        AuditEvent.objects.filter(pk=change.pk).update(created_at=moment)
        previous = stage
    InvestmentProject.objects.filter(pk=project.pk).update(stage_changed_at=moment)
