"""Text normalisation applied identically to listings and queries before any encoding.

Both dense encoders and the glossary work best on Simplified Chinese, half-width characters
and collapsed whitespace, so every text passes through :func:`normalise_text` first.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

MAX_QUERY_CHARS = 2000
MAX_DOC_CHARS = 8000

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
_SPACE = re.compile(r"\s+")
# Emoji, pictographs, control and format characters (zero-width joiners, NUL) carry no
# topic and confuse the tokenisers; whitespace controls become spaces, which is harmless.
_SYMBOLS = frozenset({"So", "Sk", "Cs", "Co", "Cn", "Cc", "Cf"})


@lru_cache(maxsize=1)
def _converter():  # type: ignore[no-untyped-def]
    # OpenCC loads its conversion tables on import: only when text is first normalised.
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional → Simplified Chinese (character level, via OpenCC)."""
    return _converter().convert(text) if _HAN.search(text) else text


def _drop_symbols(text: str) -> str:
    return "".join(_replacement(ch) for ch in text)


def _replacement(ch: str) -> str:
    category = unicodedata.category(ch)
    if category == "Cf":  # zero-width characters sit inside words
        return ""
    return " " if category in _SYMBOLS else ch


def normalise_text(text: str) -> str:
    """NFKC (full-width → half-width), Simplified Chinese, lower case, single spaces."""
    text = unicodedata.normalize("NFKC", text or "")
    text = _drop_symbols(text)
    text = to_simplified(text).lower()
    return _SPACE.sub(" ", text).strip()


def cap_length(text: str, limit: int) -> tuple[str, bool]:
    """Cut ``text`` to ``limit`` characters; the flag says whether anything was cut."""
    if len(text) <= limit:
        return text, False
    return text[:limit], True


def han_share(text: str) -> float:
    """Share of Chinese among Han characters plus Latin words (0 = English, 1 = Chinese)."""
    han = len(_HAN.findall(text))
    latin = len(_LATIN_WORD.findall(text))
    # A Chinese word is about two characters, so two Han characters weigh as one Latin word.
    total = han / 2 + latin
    return (han / 2) / total if total else 0.0


def detect_lang(text: str) -> str:
    """ "zh" when Chinese dominates the text, else "en"."""
    return "zh" if han_share(text) >= 0.5 else "en"
