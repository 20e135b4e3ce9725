"""Dataclasses and enumerations of the demo data (pure Python, no Django).

The ``duijie seed-demo`` loader turns these records into model rows; the enumeration
values below are the ones the models use.
"""

from __future__ import annotations

from dataclasses import dataclass

COUNTRIES = ("SG", "CN", "OTHER")
LOCALES = ("zh-hans", "en")
ORG_TYPES = (
    "enterprise",
    "university",
    "institute",
    "government",
    "park_operator",
    "investor",
    "service_agency",
)
SRDI_LEVELS = ("none", "municipal", "national")
SIZE_BANDS = ("micro", "small", "medium", "large")
ORG_ROLES = ("admin", "member", "")
LISTING_KINDS = (
    "tech_offer",
    "tech_request",
    "business_offer",
    "business_request",
    "rnd_request",
    "challenge",
)
IP_STATUSES = ("granted_patent", "pending_patent", "software_copyright", "know_how", "none")
PARTNERSHIP_TYPES = (
    "licensing",
    "tech_cooperation",
    "joint_venture",
    "investment",
    "supply_distribution",
    "joint_rnd",
)
CURRENCIES = ("CNY", "SGD", "USD", "")
TARGET_REGIONS = ("SG", "CN", "ANY")
VISIBILITIES = ("public", "members", "anonymous")
SECTOR_CODES = (
    "digital_ai",
    "smart_city",
    "healthcare",
    "fintech",
    "green",
    "manufacturing",
    "logistics",
    "construction",
)


@dataclass(frozen=True)
class DemoSector:
    code: str
    name_zh: str
    name_en: str


@dataclass(frozen=True)
class DemoOrganisation:
    key: str  # stable unique slug, e.g. "sg-aurora-robotics"
    name_zh: str
    name_en: str
    country: str  # "SG" | "CN" | "OTHER"
    city: str
    district: str
    org_type: str
    sectors: tuple[str, ...]
    srdi_level: str  # 专精特新: "none" | "municipal" | "national" (小巨人)
    regional_hq: bool
    size_band: str
    profile: str
    profile_locale: str
    uscc: str  # valid 18-character code for CN organisations, "" otherwise
    uen: str  # valid UEN for SG organisations, "" otherwise
    website: str
    verified: bool


@dataclass(frozen=True)
class DemoPerson:
    email: str
    full_name: str
    language: str
    org_key: str | None
    org_role: str  # "admin" | "member" | ""
    phone: str


@dataclass(frozen=True)
class DemoListing:
    key: str
    org_key: str
    kind: str
    title: str
    description: str
    content_locale: str
    sectors: tuple[str, ...]
    keywords: tuple[str, ...]
    trl: int | None
    ip_status: str
    partnership_types: tuple[str, ...]
    budget_min: int | None
    budget_max: int | None
    currency: str
    target_region: str
    visibility: str
    expires_in_days: int  # positive, days from load date
    deadline_in_days: int | None  # challenges only
    prize: str  # challenges only


@dataclass(frozen=True)
class DemoData:
    sectors: tuple[DemoSector, ...]
    organisations: tuple[DemoOrganisation, ...]
    people: tuple[DemoPerson, ...]
    listings: tuple[DemoListing, ...]


SECTORS: tuple[DemoSector, ...] = (
    DemoSector("digital_ai", "数字经济与人工智能", "Digital Economy & AI"),
    DemoSector("smart_city", "智慧城市", "Smart City"),
    DemoSector("healthcare", "医疗健康与医疗器械", "Healthcare & Medical Devices"),
    DemoSector("fintech", "金融科技", "Fintech"),
    DemoSector("green", "绿色低碳", "Green & Low-Carbon"),
    DemoSector("manufacturing", "先进制造", "Advanced Manufacturing"),
    DemoSector("logistics", "现代物流与供应链", "Logistics & Supply Chain"),
    DemoSector("construction", "智能建造与城市更新", "Smart Construction & Urban Renewal"),
)
