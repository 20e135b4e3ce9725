"""Build the demo organisations from the hand-written name tables."""

from __future__ import annotations

import random

from duijie.directory.identifiers import make_uen, make_uscc

from .content import Institution, Topic, enterprises, institutions
from .schema import DemoOrganisation

SG_DISTRICTS = {
    "digital_ai": ("One-North", "Punggol Digital District", "Raffles Place"),
    "smart_city": ("Punggol Digital District", "One-North", "Jurong Lake District"),
    "healthcare": ("One-North", "Science Park", "Novena"),
    "fintech": ("Raffles Place", "Marina Bay", "Tanjong Pagar"),
    "green": ("Jurong Innovation District", "CleanTech Park", "Changi Business Park"),
    "manufacturing": ("Jurong Innovation District", "Tuas", "Seletar Aerospace Park"),
    "logistics": ("Changi Business Park", "Tuas", "Pasir Panjang"),
    "construction": ("Jurong East", "Woodlands", "Ubi"),
}
# (district, location as written in a Chinese profile, administrative division code)
CN_LOCATIONS = (
    ("Yangpu", "上海市杨浦区创智天地", "310110"),
    ("Yangpu", "上海市杨浦区长阳创谷", "310110"),
    ("Yangpu", "上海市杨浦区大学路", "310110"),
    ("Yangpu", "上海市杨浦区环同济知识经济圈", "310110"),
    ("Yangpu", "上海市杨浦滨江", "310110"),
    ("Yangpu", "上海市杨浦区五角场", "310110"),
    ("Yangpu", "上海市杨浦区新江湾城", "310110"),
    ("Yangpu", "上海市杨浦区创智天地", "310110"),
    ("Pudong", "上海市浦东新区张江", "310115"),
    ("Minhang", "上海市闵行区紫竹高新区", "310112"),
    ("Jiading", "上海市嘉定区", "310114"),
)
SIZE_ZH = {"micro": "初创型", "small": "小型", "medium": "中型", "large": "大型"}
STAFF = {"micro": (5, 15), "small": (20, 80), "medium": (100, 400), "large": (500, 2000)}
SRDI_ZH = {
    "none": "",
    "municipal": "公司获评上海市专精特新中小企业。",
    "national": "公司为国家级专精特新“小巨人”企业。",
}


def _size(rng: random.Random) -> str:
    return rng.choices(("micro", "small", "medium", "large"), weights=(15, 40, 30, 15))[0]


def _srdi(rng: random.Random, size: str) -> str:
    if size == "micro":
        return "none"
    level = rng.choices(("none", "municipal", "national"), weights=(50, 35, 15))[0]
    return "municipal" if level == "national" and size == "small" else level


def _cn_profile(
    name: str, year: int, location: str, tech: str, size: str, srdi: str, rng: random.Random
) -> str:
    staff = rng.randint(*STAFF[size])
    return (
        f"{name}成立于{year}年，位于{location}，是一家专注于{tech}研发与应用的"
        f"{SIZE_ZH[size]}科技企业。{SRDI_ZH[srdi]}公司现有员工约{staff}人，"
        f"研发人员占比{rng.randint(35, 70)}%，产品已服务{rng.randint(3, 30) * 10}余家客户。"
        "公司希望借助沪新合作平台拓展新加坡及东南亚市场。"
    )


def _sg_profile(
    name: str, year: int, district: str, topic: Topic, size: str, hq: bool, rng: random.Random
) -> str:
    staff = rng.randint(*STAFF[size])
    hq_text = "It serves as the Asia-Pacific regional headquarters of its group. " if hq else ""
    return (
        f"{name} was founded in {year} and is based in {district}, Singapore. The company "
        f"specialises in {topic.need[1]} and sells its {topic.tech[1]} to customers across "
        f"Southeast Asia, with a team of about {staff} people. {hq_text}It is looking for "
        "partners in Shanghai to co-develop products and enter the Chinese market."
    )


def _cn_enterprise(row: tuple[str, ...], topic: Topic, rng: random.Random) -> DemoOrganisation:
    sector, _, slug, base_en, base_zh, _ = row
    size, year = _size(rng), rng.randint(2008, 2022)
    srdi = _srdi(rng, size)
    district, location, region = rng.choice(CN_LOCATIONS)
    name_zh = f"上海{base_zh}有限公司"
    return DemoOrganisation(
        key=f"cn-{slug}",
        name_zh=name_zh,
        name_en=f"Shanghai {base_en} Co., Ltd.",
        country="CN",
        city="Shanghai",
        district=district,
        org_type="enterprise",
        sectors=_sectors(sector, topic),
        srdi_level=srdi,
        regional_hq=False,
        size_band=size,
        profile=_cn_profile(name_zh, year, location, topic.tech[0], size, srdi, rng),
        profile_locale="zh-hans",
        uscc=make_uscc(rng, region=region),
        uen="",
        website=f"https://{slug}.example.cn",
        verified=rng.random() < 0.85,
    )


def _sg_enterprise(row: tuple[str, ...], topic: Topic, rng: random.Random) -> DemoOrganisation:
    sector, _, slug, base_en, base_zh, _ = row
    size, year = _size(rng), rng.randint(2008, 2022)
    district = rng.choice(SG_DISTRICTS[sector])
    hq = size == "large" and rng.random() < 0.6
    uen_kind = "business" if size == "micro" else "local_company"
    return DemoOrganisation(
        key=f"sg-{slug}",
        name_zh=f"{base_zh}私人有限公司",
        name_en=f"{base_en} Pte. Ltd.",
        country="SG",
        city="Singapore",
        district=district,
        org_type="enterprise",
        sectors=_sectors(sector, topic),
        srdi_level="none",
        regional_hq=hq,
        size_band=size,
        profile=_sg_profile(base_en, year, district, topic, size, hq, rng),
        profile_locale="en",
        uscc="",
        uen=make_uen(rng, uen_kind, year=year),
        website=f"https://{slug}.example.sg",
        verified=rng.random() < 0.85,
    )


def _sectors(primary: str, topic: Topic) -> tuple[str, ...]:
    return (primary, *(s for s in topic.also if s != primary))


_USCC_KIND = {  # org_type -> (registration authority, category, division)
    "university": ("1", "2", "310000"),
    "institute": ("5", "2", "310110"),
    "government": ("1", "1", "310110"),
}
_UEN_KIND = {  # org_type or key -> (kind, entity type)
    "government": ("other", "GA"),
    "sg-equator-capital": ("other", "LP"),
    "sg-claritas-ip": ("other", "LL"),
}


def _institution(spec: Institution, rng: random.Random) -> DemoOrganisation:
    year = rng.randint(1995, 2016)
    uscc = uen = ""
    if spec.country == "CN":
        authority, category, region = _USCC_KIND.get(spec.org_type, ("9", "1", "310110"))
        uscc = make_uscc(rng, authority=authority, category=category, region=region)
    elif spec.country == "SG":
        default = _UEN_KIND.get(spec.org_type, ("local_company", None))
        kind, entity = _UEN_KIND.get(spec.key, default)
        uen = make_uen(rng, kind, year=year, entity_type=entity)
    domain = {"SG": "example.sg", "CN": "example.cn"}.get(spec.country, "example.com")
    slug = spec.key.split("-", 1)[1]
    city = spec.city or {"SG": "Singapore", "CN": "Shanghai"}[spec.country]
    return DemoOrganisation(
        key=spec.key,
        name_zh=spec.name_zh,
        name_en=spec.name_en,
        country=spec.country,
        city=city,
        district=spec.district,
        org_type=spec.org_type,
        sectors=spec.sectors,
        srdi_level="none",
        regional_hq=False,
        size_band=spec.size_band,
        profile=spec.profile,
        profile_locale="zh-hans" if spec.country == "CN" else "en",
        uscc=uscc,
        uen=uen,
        website=f"https://{slug}.{domain}",
        verified=True,
    )


def build_organisations(
    topics: dict[str, tuple[Topic, ...]], rng: random.Random
) -> tuple[DemoOrganisation, ...]:
    """Enterprises (profiled after their focus topic), then the hand-written institutions."""
    by_code = {topic.code: topic for sector_topics in topics.values() for topic in sector_topics}
    orgs: list[DemoOrganisation] = []
    for row in enterprises():
        build = _cn_enterprise if row[1] == "CN" else _sg_enterprise
        orgs.append(build(row, by_code[row[5]], rng))
    for spec in (*institutions("sg"), *institutions("cn")):
        orgs.append(_institution(spec, rng))
    return tuple(orgs)
