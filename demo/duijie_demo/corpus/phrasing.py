"""Sentence patterns that turn topics into listing titles and descriptions.

The patterns are `data/corpus/phrasing.json`. They are indexed deterministically (by topic
and application index), never drawn from global randomness. ``{tech}``, ``{need}`` and
``{app}`` are filled from a :class:`Topic`.
"""

from __future__ import annotations

import re

from duijie_demo.files import read

_DATA = read("corpus/phrasing")


def _by_pair(table: dict[str, dict[str, str]]) -> dict[tuple[str, str], str]:
    return {(outer, inner): text for outer, row in table.items() for inner, text in row.items()}


# Per locale: a tuple of patterns to pick from, or one pattern.
OFFER_TITLE = _DATA["offer_title"]
REQUEST_TITLE = _DATA["request_title"]
OFFER_OPENING = _DATA["offer_opening"]
RESEARCH_OFFER_OPENING = _DATA["research_offer_opening"]
REQUEST_OPENING = _DATA["request_opening"]
INSTITUTION_REQUEST_OPENING = _DATA["institution_request_opening"]  # government, parks, ...
IP_SENTENCE = _DATA["ip_sentence"]  # locale -> IP status -> sentence
PARTNERSHIP_WORDS = _DATA["partnership_words"]  # locale -> partnership type -> words
OFFER_CLOSING = _DATA["offer_closing"]
REQUEST_CLOSING = _DATA["request_closing"]
REQUEST_CLOSING_NO_BUDGET = _DATA["request_closing_no_budget"]
PARTNER_REGION = _by_pair(_DATA["partner_region"])  # (locale, target region) -> words
EXTRA_TITLE = _by_pair(_DATA["extra_title"])  # (kind, locale) -> pattern
EXTRA_BODY = _by_pair(_DATA["extra_body"])


def cap(text: str) -> str:
    """Upper-case the first character only (keeps acronyms such as 'IoT' intact)."""
    return text[:1].upper() + text[1:]


def fill(pattern: str, **values: str) -> str:
    """Format ``pattern``; ``{Tech}``/``{Need}`` are capitalised forms of tech/need."""
    extra = {k.capitalize(): cap(v) for k, v in values.items() if k in ("tech", "need")}
    return pattern.format(**values, **extra)


def pick_title(patterns: tuple[str, ...], start: int, **values: str) -> str:
    """First pattern from ``start`` whose text has no doubled word such as '企业企业'."""
    for step in range(len(patterns)):
        title = fill(patterns[(start + step) % len(patterns)], **values)
        if not _DOUBLED.search(title):
            return title
    return fill(patterns[start % len(patterns)], **values)


_DOUBLED = re.compile(r"([\u4e00-\u9fff]{2,})\1")


def budget_text(locale: str, low: int, high: int, currency: str) -> str:
    """Human-readable budget range, e.g. '50万至80万元' or 'S$80,000 to S$120,000'."""
    if currency == "CNY":
        if locale == "zh-hans":
            return f"约{low // 10_000}万至{high // 10_000}万元"
        return f"CNY {low:,} to {high:,}"
    symbol = {"SGD": "S$", "USD": "US$"}[currency]
    if locale == "zh-hans":
        return f"约{symbol}{low:,}至{symbol}{high:,}"
    return f"{symbol}{low:,} to {symbol}{high:,}"


def join_words(locale: str, words: list[str]) -> str:
    """Join partnership words: '技术合作、技术许可' / 'licensing and joint R&D'."""
    if locale == "zh-hans":
        return "、".join(words)
    if len(words) == 1:
        return words[0]
    return ", ".join(words[:-1]) + " and " + words[-1]
