"""The hand-written bilingual content of the corpus, read from `data/corpus/`.

- `topics/<sector>.json`: technology topics with parallel zh/en phrasing. `tech` is what an
  offer provides, `need` what a request asks for, four `apps` (application contexts; `buyer`
  says who would post a need for it: a sector code, `gov`, `park`, `research` or `service`;
  without it, an enterprise of the topic's own sector), three `details` of an offer, two
  `reqs` (requirements) of a request, and `keywords`.
- `listings/business.json`, `listings/challenges.json`: hand-written listings of investors,
  agencies, parks and universities, and innovation challenges (`deadline` in days from the
  load date, `prize` as free text in local currency).
- `enterprises.json`: the fictional companies per sector (the builder adds the legal
  suffix); `focus` is the topic whose offers the company writes.
- `institutions_sg.json`, `institutions_cn.json`: universities, institutes, agencies, parks
  and foreign firms, written out whole.

All names are invented; any resemblance to a real organisation is unintended.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from duijie_demo.files import read

Pair = tuple[str, str]  # (zh, en)

_CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


def has_cjk(text: str) -> bool:
    """True if ``text`` contains CJK ideographs or full-width punctuation."""
    return bool(_CJK.search(text))


@dataclass(frozen=True)
class Topic:
    """A technology topic with parallel Chinese and English phrasing."""

    code: str
    sector: str
    tech: Pair
    need: Pair
    apps: tuple[Pair, ...]
    buyers: tuple[str, ...]  # per application: "" (own sector) or a buyer tag
    details: tuple[Pair, ...]
    reqs: tuple[Pair, ...]
    keywords: tuple[tuple[str, ...], tuple[str, ...]]
    trl: int
    ip: str
    also: tuple[str, ...]  # secondary sector codes


@dataclass(frozen=True)
class Institution:
    """A non-enterprise organisation (or a foreign company) written out by hand."""

    key: str
    country: str
    org_type: str
    name_en: str
    name_zh: str
    district: str
    sectors: tuple[str, ...]
    size_band: str
    profile: str
    city: str = ""


@dataclass(frozen=True)
class Record:
    """A hand-written listing in its owner's language."""

    org_key: str
    kind: str
    sectors: tuple[str, ...]
    partnerships: tuple[str, ...]
    title: str
    description: str
    keywords: tuple[str, ...]
    deadline: int | None = None
    prize: str = ""


def _pair(item: dict) -> Pair:
    return (item["zh"], item["en"])


def _topic(sector: str, item: dict) -> Topic:
    return Topic(
        code=item["code"],
        sector=sector,
        tech=_pair(item["tech"]),
        need=_pair(item["need"]),
        apps=tuple(_pair(app) for app in item["apps"]),
        buyers=tuple(app.get("buyer", "") for app in item["apps"]),
        details=tuple(_pair(detail) for detail in item["details"]),
        reqs=tuple(_pair(req) for req in item["reqs"]),
        keywords=(item["keywords"]["zh"], item["keywords"]["en"]),
        trl=item["trl"],
        ip=item["ip"],
        also=item.get("also", ()),
    )


def topics(sector: str) -> tuple[Topic, ...]:
    """The technology topics of one sector."""
    return tuple(_topic(sector, item) for item in read(f"corpus/topics/{sector}"))


def records(name: str) -> tuple[Record, ...]:
    """The hand-written listings of `listings/<name>.json`."""
    return tuple(
        Record(org_key=item.pop("org"), **item)
        for item in (dict(row) for row in read(f"corpus/listings/{name}"))
    )


def institutions(name: str) -> tuple[Institution, ...]:
    """The organisations of `institutions_<name>.json` (`sg` or `cn`)."""
    return tuple(Institution(**item) for item in read(f"corpus/institutions_{name}"))


@functools.cache
def enterprises() -> tuple[tuple[str, ...], ...]:
    """(sector, country, slug, English name, Chinese name, focus topic) per company."""
    fields = ("country", "slug", "name_en", "name_zh", "focus")
    return tuple(
        (sector, *(company[field] for field in fields))
        for sector, companies in read("corpus/enterprises").items()
        for company in companies
    )


def focus_topics() -> dict[str, str]:
    """Organisation key -> code of the topic the company specialises in."""
    return {f"{row[1].lower()}-{row[2]}": row[5] for row in enterprises()}
