"""Departments, sectors, the platform's own accounts and the demo organisations.

Departments and platform accounts are `data/directory.json`; sectors and organisations come
from the generated corpus (`duijie_demo.corpus`, content in `data/corpus/`).
"""

from __future__ import annotations

import datetime
import functools
from dataclasses import asdict

from django.utils import timezone

from duijie.directory.models import Department, Organisation, Sector
from duijie_demo.accounts import ensure_user
from duijie_demo.corpus import DemoData, build_demo
from duijie_demo.files import read, rows

ORDER = 10

DATA = read("directory")
# (code, parent code, name_zh, name_en), parents first.
DEPARTMENTS = rows(DATA["departments"], "code", "parent", "name_zh", "name_en")
# (email, full name, language, flags): the platform's own roles.
# Organisation people come from the demo set.
PLATFORM_USERS = rows(DATA["platform_users"], "email", "full_name", "language", "flags")


@functools.cache
def corpus() -> DemoData:
    """The generated organisations, people and listings, built once per process."""
    return build_demo()


def load_demo(*, today: datetime.date) -> dict[str, int]:
    """Departments, sectors, platform accounts and organisations (idempotent)."""
    departments = load_departments()
    load_sectors()
    load_platform_users(departments)
    return {"organisations": len(load_organisations(timezone.now()))}


def load_departments() -> dict[str, Department]:
    departments: dict[str, Department] = {}
    for code, parent, name_zh, name_en in DEPARTMENTS:
        departments[code], _ = Department.objects.update_or_create(
            code=code,
            defaults={"name_zh": name_zh, "name_en": name_en, "parent": departments.get(parent)},
        )
    return departments


def load_sectors() -> dict[str, Sector]:
    return {
        sector.code: Sector.objects.update_or_create(
            code=sector.code,
            defaults={"name_zh": sector.name_zh, "name_en": sector.name_en, "position": position},
        )[0]
        for position, sector in enumerate(corpus().sectors)
    }


def load_platform_users(departments: dict[str, Department]) -> None:
    for email, name, language, flags in PLATFORM_USERS:
        flags = dict(flags)
        if "department" in flags:
            flags["department"] = departments[flags["department"]]
        ensure_user(email, name, language, **flags)


def load_organisations(now: datetime.datetime) -> dict[str, Organisation]:
    sectors = {sector.code: sector for sector in Sector.objects.all()}
    orgs = {}
    for item in corpus().organisations:
        fields = asdict(item)
        key, codes, verified = fields.pop("key"), fields.pop("sectors"), fields.pop("verified")
        fields["content_locale"] = fields.pop("profile_locale")
        fields.update(is_sample=True, verified_at=now if verified else None)
        org, _ = Organisation.objects.update_or_create(demo_key=key, defaults=fields)
        org.sectors.set([sectors[code] for code in codes])
        orgs[key] = org
    return orgs


def demo_organisations() -> dict[str, Organisation]:
    """The organisations of the generated corpus, by their demo key."""
    keys = [org.key for org in corpus().organisations]
    return {org.demo_key: org for org in Organisation.objects.filter(demo_key__in=keys)}
