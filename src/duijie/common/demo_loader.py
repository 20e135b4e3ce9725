"""Load the deterministic bilingual demo data into the database, idempotently."""

from __future__ import annotations

import datetime
import functools
import importlib
from dataclasses import asdict

from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone

from duijie.directory.models import Department, Membership, Organisation, Sector, User
from duijie.listings.models import Listing, ListingStatus, ListingStatusChange

DEMO_PASSWORD = "duijie-demo-2026"

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


def load_departments() -> dict[str, Department]:
    departments: dict[str, Department] = {}
    for code, parent, name_zh, name_en in DEPARTMENTS:
        departments[code], _ = Department.objects.update_or_create(
            code=code,
            defaults={"name_zh": name_zh, "name_en": name_en, "parent": departments.get(parent)},
        )
    return departments


def load_sectors(demo) -> dict[str, Sector]:
    return {
        sector.code: Sector.objects.update_or_create(
            code=sector.code,
            defaults={"name_zh": sector.name_zh, "name_en": sector.name_en, "position": position},
        )[0]
        for position, sector in enumerate(demo.sectors)
    }


@functools.cache
def demo_password_hash() -> str:
    # Hashing once: Argon2 is slow by design, and every demo account shares the password.
    return make_password(DEMO_PASSWORD)


def ensure_user(email: str, full_name: str, language: str, **flags) -> User:
    user, created = User.objects.update_or_create(
        email=email, defaults={"full_name": full_name, "language": language, **flags}
    )
    if created:
        user.password = demo_password_hash()
        user.save(update_fields=["password"])
    return user


def load_platform_users(departments: dict[str, Department]) -> list[User]:
    users = []
    for email, name, language, flags in PLATFORM_USERS:
        flags = dict(flags)
        if "department" in flags:
            flags["department"] = departments[flags["department"]]
        users.append(ensure_user(email, name, language, **flags))
    return users


def load_organisations(demo, sectors: dict[str, Sector], now) -> dict[str, Organisation]:
    orgs = {}
    for item in demo.organisations:
        fields = asdict(item)
        key, codes, verified = fields.pop("key"), fields.pop("sectors"), fields.pop("verified")
        fields["content_locale"] = fields.pop("profile_locale")
        fields.update(is_sample=True, verified_at=now if verified else None)
        org, _ = Organisation.objects.update_or_create(demo_key=key, defaults=fields)
        org.sectors.set([sectors[code] for code in codes])
        orgs[key] = org
    return orgs


def load_people(demo, orgs: dict[str, Organisation]) -> None:
    for person in demo.people:
        user = ensure_user(person.email, person.full_name, person.language, phone=person.phone)
        if person.org_key:
            Membership.objects.update_or_create(
                user=user, organisation=orgs[person.org_key], defaults={"role": person.org_role}
            )


def listing_fields(item, today: datetime.date) -> dict:
    fields = asdict(item)
    for name in ("key", "org_key", "sectors", "expires_in_days", "deadline_in_days"):
        fields.pop(name)
    fields["keywords"] = list(item.keywords)
    fields["partnership_types"] = list(item.partnership_types)
    fields["expires_on"] = today + datetime.timedelta(days=item.expires_in_days)
    if item.deadline_in_days is not None:
        fields["deadline"] = today + datetime.timedelta(days=item.deadline_in_days)
    return fields


def load_listings(demo, orgs, sectors, now) -> int:
    today = timezone.localdate()
    count = len(demo.listings)
    for position, item in enumerate(demo.listings):
        fields = listing_fields(item, today)
        # Spread publication over recent weeks, interleaved, so "latest" shows a mix of kinds.
        age = datetime.timedelta(hours=(position * 37) % (count * 2))
        fields.update(
            organisation=orgs[item.org_key],
            status=ListingStatus.PUBLISHED,
            published_at=now - age,
            is_sample=True,
        )
        listing, created = Listing.objects.update_or_create(demo_key=item.key, defaults=fields)
        listing.sectors.set([sectors[code] for code in item.sectors])
        if created:
            ListingStatusChange.objects.create(
                listing=listing, to_status=ListingStatus.PUBLISHED, reason="demo data"
            )
    return len(demo.listings)


# Each area seeds its own demo content on top of the directory and listings.
AREA_LOADERS = (
    "duijie.policies.demo",
    "duijie.services.demo",
    "duijie.events.demo",
    "duijie.taskforce.demo",
    "duijie.projects.demo",
)


def load_areas(today: datetime.date) -> dict[str, int]:
    counts: dict[str, int] = {}
    for module_name in AREA_LOADERS:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            if error.name != module_name:
                raise
            continue
        counts.update(module.load_demo(today=today))
    return counts


def load_demo() -> dict[str, int]:
    """Create or refresh every demo row; running it again changes nothing but dates."""
    from duijie.common.demo import build_demo

    demo = build_demo()
    now = timezone.now()
    with transaction.atomic():
        departments = load_departments()
        sectors = load_sectors(demo)
        load_platform_users(departments)
        orgs = load_organisations(demo, sectors, now)
        load_people(demo, orgs)
        listings = load_listings(demo, orgs, sectors, now)
        areas = load_areas(timezone.localdate())
    counts = {"organisations": len(orgs), "listings": listings, "people": len(demo.people)}
    return {**counts, **areas}


def organisation_logins(limit: int = 11) -> list[tuple[str, str]]:
    """The first demo people (memorable emails) with their organisation, for the login hint."""
    from duijie.common.demo import build_demo

    demo = build_demo()
    names = {org.key: org.name_en or org.name_zh for org in demo.organisations}
    return [
        (person.email, f"{person.org_role or 'no organisation'} · {names.get(person.org_key, '')}")
        for person in demo.people[:limit]
    ]
