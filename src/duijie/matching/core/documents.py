"""The text the engine reads from a listing, and its language."""

from __future__ import annotations

from duijie.matching.core.normalise import MAX_DOC_CHARS, cap_length, han_share, normalise_text
from duijie.matching.core.types import ListingDoc


def doc_text(doc: ListingDoc) -> str:
    """The text a listing is encoded and indexed by, normalised and length-capped."""
    parts = [doc.title, doc.description, " ".join(doc.keywords)]
    text = normalise_text("\n".join(p for p in parts if p))
    return cap_length(text, MAX_DOC_CHARS)[0]


def doc_zh_share(doc: ListingDoc, text: str) -> float:
    """The declared language wins; undeclared listings are measured."""
    if doc.lang in ("zh", "en"):
        return 1.0 if doc.lang == "zh" else 0.0
    return han_share(text)


def has_words(text: str) -> bool:
    """Does the text hold any letter or digit (else there is nothing to search for)?"""
    return any(ch.isalnum() for ch in text)
