"""Helpers for bilingual content: pick the reader's language, fall back to the other."""

from __future__ import annotations

from django.utils import translation

CHINESE = "zh-hans"
ENGLISH = "en"


def reader_is_chinese() -> bool:
    return (translation.get_language() or CHINESE).lower().startswith("zh")


def pick(text_zh: str, text_en: str) -> str:
    """The text in the reader's language, or the other one when it is missing."""
    first, second = (text_zh, text_en) if reader_is_chinese() else (text_en, text_zh)
    return first or second


def other(text_zh: str, text_en: str) -> str:
    """The text in the language the reader is not using, shown as a subtitle under `pick`'s;
    empty when only one language is there (then `pick` already shows it)."""
    if not (text_zh and text_en):
        return ""
    return text_en if reader_is_chinese() else text_zh


def normalise_language(code: str | None) -> str:
    """Map any browser/user language code onto one of the two interface languages."""
    return CHINESE if (code or "").lower().startswith("zh") else ENGLISH
