"""Hand-written bilingual building blocks and the small text format they are written in.

Each sector module holds its technology topics as a block of text, one topic per
section, which keeps thousands of short zh/en phrases readable and translation-friendly::

    = visual_inspection trl=7 ip=granted_patent also=manufacturing
    T 深度学习视觉缺陷检测系统                  <- tech (what an offer provides), zh
      deep-learning visual defect inspection system      <- the same in en
    N 产品缺陷自动检测                          <- need (what a request asks for)
      automated visual defect detection
    A PCB组装产线 @manufacturing                <- application context (four per topic),
      PCB assembly lines                                    optionally tagged with its buyer
    D 采用改进的YOLO检测网络……                  <- technical detail of an offer (three)
      Uses an improved YOLO-family detector …
    R 要求漏检率低于0.1%……                     <- requirement of a request (two)
      Miss rate must stay below 0.1% …
    K 机器视觉, 缺陷检测, 深度学习              <- keywords, comma separated
      machine vision, defect detection, deep learning

A line starting with ``~`` continues the previous phrase.  Every tag line (zh) must be
followed by its English line (two-space indent).  An application's ``@buyer`` says who
would post a need for it: a sector code (an enterprise of that sector), ``gov``, ``park``,
``research`` or ``service``; without it, an enterprise of the topic's own sector.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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


def _join(previous: str, more: str) -> str:
    return previous + more if has_cjk(previous[-1:]) else f"{previous} {more}"


def _pairs(lines: list[str]) -> list[tuple[str, Pair]]:
    """Turn tag/zh + en lines (with ``~`` continuations) into (tag, (zh, en)) items."""
    items: list[list[str]] = []  # [tag, zh, en]
    for raw in lines:
        line = raw.rstrip()
        if not line.strip():
            continue
        if line.lstrip().startswith("~"):
            item = items[-1]
            slot = 2 if item[2] else 1
            item[slot] = _join(item[slot], line.lstrip()[1:].strip())
        elif line.startswith("  "):
            if items[-1][2]:
                raise ValueError(f"unexpected English line: {line!r}")
            items[-1][2] = line.strip()
        else:
            tag, _, text = line.partition(" ")
            items.append([tag, text.strip(), ""])
    for tag, zh, en in items:
        if not en or not zh:
            raise ValueError(f"incomplete pair for tag {tag}: {zh!r} / {en!r}")
    return [(tag, (zh, en)) for tag, zh, en in items]


def _header(line: str) -> dict[str, str]:
    code, *options = line[1:].split()
    fields = dict(opt.split("=", 1) for opt in options)
    fields["code"] = code
    return fields


def _topic(sector: str, header: str, body: list[str]) -> Topic:
    fields = _header(header)
    grouped: dict[str, list[Pair]] = {}
    for tag, pair in _pairs(body):
        grouped.setdefault(tag, []).append(pair)
    zh_kw, en_kw = grouped["K"][0]
    apps = [(zh.split(" @")[0].strip(), en) for zh, en in grouped["A"]]
    buyers = [zh.split(" @")[1].strip() if " @" in zh else "" for zh, _ in grouped["A"]]
    return Topic(
        code=fields["code"],
        sector=sector,
        tech=grouped["T"][0],
        need=grouped["N"][0],
        apps=tuple(apps),
        buyers=tuple(buyers),
        details=tuple(grouped["D"]),
        reqs=tuple(grouped["R"]),
        keywords=(_split_keywords(zh_kw), _split_keywords(en_kw)),
        trl=int(fields.get("trl", "6")),
        ip=fields.get("ip", "granted_patent"),
        also=tuple(s for s in fields.get("also", "").split(",") if s),
    )


def _split_keywords(text: str) -> tuple[str, ...]:
    return tuple(k.strip() for k in re.split(r"[,，、]", text) if k.strip())


def parse_topics(sector: str, text: str) -> tuple[Topic, ...]:
    """Parse a sector's topic block (see module docstring)."""
    topics: list[Topic] = []
    header: str | None = None
    body: list[str] = []
    for line in text.splitlines():
        if line.startswith("="):
            if header:
                topics.append(_topic(sector, header, body))
            header, body = line, []
        elif header:
            body.append(line)
    if header:
        topics.append(_topic(sector, header, body))
    return tuple(topics)


ALL8 = (
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
    """A hand-written listing: header options plus title, description and keywords."""

    org_key: str
    kind: str
    sectors: tuple[str, ...]
    partnerships: tuple[str, ...]
    options: dict[str, str]
    title: str
    description: str
    keywords: tuple[str, ...]


def _record(header: str, fields: dict[str, str]) -> Record:
    org_key, kind, sectors, partnerships, *options = header[1:].split()
    return Record(
        org_key=org_key,
        kind=kind,
        sectors=tuple(sectors.split(",")),
        partnerships=tuple(partnerships.split(",")),
        options=dict(opt.split("=", 1) for opt in options),
        title=fields["T"],
        description=fields["D"],
        keywords=_split_keywords(fields["K"]),
    )


def parse_records(text: str) -> tuple[Record, ...]:
    """Parse ``@ org kind sectors partnerships [k=v …]`` records with T/D/K lines.

    Lines starting with ``~`` continue the previous field or the header (joined without a
    space after CJK text, with one space otherwise).
    """
    records: list[Record] = []
    header, fields, last = "", {}, ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("@"):
            if header:
                records.append(_record(header, fields))
            header, fields, last = line, {}, "@"
        elif line.startswith("~") and last == "@":
            header = f"{header} {line[1:].strip()}"
        elif line.startswith("~"):
            fields[last] = _join(fields[last], line[1:].strip())
        else:
            last, _, value = line.partition(" ")
            fields[last] = value.strip()
    if header:
        records.append(_record(header, fields))
    return tuple(records)
