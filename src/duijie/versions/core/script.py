"""Which script a text is written in, so a field's language can be checked before it is kept.

A plain script ratio, not a language model: Chinese (Han) characters against Latin letters.
One Han character carries about as much as three Latin letters (an English word averages five
letters, a Chinese word under two characters), so Han characters are weighted by three; then a
Chinese text with a few English technical terms (AI, YOLOv8, UL 9540A) still reads as Chinese.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_TAG = re.compile(r"<\s*/?\s*[A-Za-z!][^>]*>")
HAN_WEIGHT = 3
# A field needs at least this share of its own script; below it, it is flagged.
MIN_SHARE = {"zh": 0.5, "en": 0.7}
# Texts with less script than this (a model number, "5G") are not judged at all.
MIN_LETTERS = 4
LANGUAGES = ("zh", "en")


@dataclass(frozen=True)
class ScriptShares:
    """How much of a text's writing is Chinese and how much Latin (both in [0, 1])."""

    cjk: float
    latin: float
    letters: int


def language_of(locale: str) -> str:
    """The script family of a content locale ("zh-hans" → "zh", "en" → "en"), or ""."""
    code = (locale or "").lower()
    if code.startswith("zh"):
        return "zh"
    if code.startswith("en"):
        return "en"
    return ""


def script_shares(text: str) -> ScriptShares:
    """Weighted shares of Han characters and Latin letters among a text's letters."""
    han = len(_HAN.findall(text or ""))
    latin = len(_LATIN.findall(text or ""))
    weighted = han * HAN_WEIGHT + latin
    if not weighted:
        return ScriptShares(cjk=0.0, latin=0.0, letters=0)
    return ScriptShares(
        cjk=han * HAN_WEIGHT / weighted, latin=latin / weighted, letters=han + latin
    )


def is_written_in(text: str, locale: str) -> bool:
    """Whether `text` plausibly is in `locale`'s language; short or letterless text passes."""
    language = language_of(locale)
    if language not in LANGUAGES:
        return False
    shares = script_shares(text)
    if shares.letters < MIN_LETTERS:
        return True
    share = shares.cjk if language == "zh" else shares.latin
    return share >= MIN_SHARE[language]


def has_markup(text: str) -> bool:
    """Whether a text contains HTML-like tags (versions are plain text, shown escaped)."""
    return bool(_TAG.search(text or ""))


def has_control_characters(text: str) -> bool:
    """Whether a text contains control characters other than line breaks and tabs."""
    return any(unicodedata.category(ch) == "Cc" and ch not in "\n\r\t" for ch in text or "")


# A Chinese character takes about two Latin letters' width and says more: a Chinese excerpt
# of `limit // 2` characters fills the same space as an English one of `limit`.
CJK_EXCERPT_FACTOR = 0.5


def excerpt(text: str, locale: str, limit: int) -> str:
    """A text cut to about `limit` letters' width: Chinese at any character, English at a word."""
    text = " ".join((text or "").split())
    if language_of(locale) == "zh":
        limit = max(1, int(limit * CJK_EXCERPT_FACTOR))
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if language_of(locale) == "en" and " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,.;:，。；：、") + "…"
