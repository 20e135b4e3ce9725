"""Departments, sectors, the platform's own accounts and the demo organisations."""

from __future__ import annotations

import datetime
import functools
from dataclasses import asdict

from django.utils import timezone

from duijie.directory.models import Department, Organisation, Sector
from duijie_demo.accounts import ensure_user
from duijie_demo.corpus import DemoData, build_demo

ORDER = 10

DEPARTMENTS = [
    ("sh-commerce", "", "上海市商务委员会", "Shanghai Municipal Commission of Commerce"),
    (
        "sh-economy",
        "",
        "上海市经济和信息化委员会",
        "Shanghai Municipal Commission of Economy and Informatization",
    ),
    (
        "sh-ndrc",
        "",
        "上海市发展和改革委员会",
        "Shanghai Municipal Development and Reform Commission",
    ),
    (
        "sh-fao",
        "",
        "上海市人民政府外事办公室",
        "Foreign Affairs Office of the Shanghai Municipal Government",
    ),
    ("yp-gov", "", "杨浦区人民政府", "Yangpu District People's Government"),
    ("yp-commerce", "yp-gov", "杨浦区商务委员会", "Yangpu District Commission of Commerce"),
    (
        "yp-science",
        "yp-gov",
        "杨浦区科学技术委员会",
        "Yangpu District Science and Technology Commission",
    ),
    ("yp-invest", "yp-gov", "杨浦区投资促进办公室", "Yangpu District Investment Promotion Office"),
    (
        "yp-hr",
        "yp-gov",
        "杨浦区人力资源和社会保障局",
        "Yangpu District Human Resources and Social Security Bureau",
    ),
    (
        "yp-market",
        "yp-gov",
        "杨浦区市场监督管理局（知识产权局）",
        "Yangpu District Administration for Market Regulation (IP Office)",
    ),
    (
        "yp-planning",
        "yp-gov",
        "杨浦区规划和自然资源局",
        "Yangpu District Planning and Natural Resources Bureau",
    ),
]

# (email, full name, language, flags): the platform's own roles.
# Organisation people come from the demo set.
PLATFORM_USERS = [
    (
        "admin@duijie.example",
        "Platform Administrator",
        "en",
        {"is_staff": True, "is_superuser": True},
    ),
    ("staff@duijie.example", "平台运营 王敏", "zh-hans", {"is_staff": True}),
    ("broker@duijie.example", "技术经理人 李强", "zh-hans", {"is_broker": True}),
    ("broker.sg@duijie.example", "Tan Wei Ming (Broker)", "en", {"is_broker": True}),
    ("gov.commerce@duijie.example", "市商务委 张伟", "zh-hans", {"department": "sh-commerce"}),
    ("gov.yangpu@duijie.example", "杨浦区投促办 陈静", "zh-hans", {"department": "yp-invest"}),
]


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
