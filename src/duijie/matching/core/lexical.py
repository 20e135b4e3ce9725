"""Cross-lingual lexical matching: bilingual terms and a BM25 index over them.

Every text is turned into one bag of terms that holds its own words *and* their
translations: Chinese words (jieba) bring their CC-CEDICT English stems, English stems bring
nothing extra because the Chinese side already meets them in English. BM25 (``bm25s``) then
matches a Chinese need against an English offer through the shared English stems.
"""

from __future__ import annotations

import logging
import math
from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from duijie.matching.core.glossary import Gloss, Glossary, load_glossary
from duijie.matching.core.textproc import (
    EN_STOPWORDS,
    chinese_words,
    english_words,
    stem,
    subwords,
)

BM25_K1 = 1.2
BM25_B = 0.75


@dataclass(frozen=True)
class Concept:
    """One bilingual concept a text mentions, keyed by its English stem."""

    term_zh: str
    term_en: str
    from_chinese: bool  # True when the Chinese word was written, False for English


@dataclass
class Analysis:
    """Index terms of a text and the concepts behind them (for explanations)."""

    terms: list[str] = field(default_factory=list)
    concepts: dict[str, Concept] = field(default_factory=dict)


def _subword_glosses(word: str, glossary: Glossary) -> list[tuple[str, Gloss]]:
    """Glosses of the dictionary sub-words of a word CC-CEDICT does not list."""
    parts = [p for p in subwords(word) if p in glossary]
    return [(p, g) for p in parts if (g := glossary.english(p)) is not None]


def _add_chinese(analysis: Analysis, word: str, glossary: Glossary) -> None:
    gloss = glossary.english(word)
    pairs = [(word, gloss)] if gloss else _subword_glosses(word, glossary)
    if not pairs:
        # Terms live in one English pivot space so that a Chinese listing does not match a
        # Chinese one more easily than an English one; unknown words stay as they are.
        analysis.terms.append(word)
    for zh, gloss_of_zh in pairs:
        for english in gloss_of_zh.stems:
            analysis.terms.append(english)
            analysis.concepts.setdefault(english, Concept(zh, gloss_of_zh.phrase, True))


def _add_english(analysis: Analysis, word: str, glossary: Glossary) -> None:
    term = stem(word)
    analysis.terms.append(term)
    zh = glossary.chinese(term)
    analysis.concepts.setdefault(term, Concept(zh[0] if zh else "", word, False))


def analyse(text: str, glossary: Glossary | None = None) -> Analysis:
    """Bilingual index terms of a normalised text."""
    glossary = glossary or load_glossary()
    analysis = Analysis()
    for word in chinese_words(text):
        _add_chinese(analysis, word, glossary)
    for word in english_words(text):
        if word not in EN_STOPWORDS:
            _add_english(analysis, word, glossary)
    return analysis


class LexicalIndex:
    """BM25 over bilingual terms; rebuilt lazily after changes because bm25s is static."""

    def __init__(self) -> None:
        self._docs: dict[int, list[str]] = {}
        self._keys = np.zeros(0, dtype=np.int64)
        self._bm25 = None
        self._idf: dict[str, float] = {}

    def __len__(self) -> int:
        return len(self._docs)

    def set(self, key: int, terms: list[str]) -> None:
        self._docs[key] = terms
        self._bm25 = None

    def remove(self, key: int) -> None:
        if self._docs.pop(key, None) is not None:
            self._bm25 = None

    def idf(self, term: str) -> float:
        self._ensure_built()
        return self._idf.get(term, 0.0)

    def scores(self, terms: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """(keys, scores in [0, 1]) where 1 means every query term matched strongly."""
        self._ensure_built()
        known = [t for t in dict.fromkeys(terms) if t in self._idf]
        if not known or self._bm25 is None:
            return self._keys, np.zeros(len(self._keys), dtype=np.float32)
        raw = self._bm25.get_scores_from_ids(self._bm25.get_tokens_ids(known))
        ceiling = sum(self._idf[t] for t in known) * (BM25_K1 + 1)
        return self._keys, np.asarray(raw, dtype=np.float32) / np.float32(ceiling)

    def _ensure_built(self) -> None:
        if self._bm25 is not None:
            return
        if not self._docs:
            self._keys, self._idf = np.zeros(0, dtype=np.int64), {}
            return
        import bm25s

        logging.getLogger("bm25s").setLevel(logging.WARNING)  # it logs every rebuild
        self._keys = np.fromiter(self._docs, dtype=np.int64, count=len(self._docs))
        corpus = [self._docs[int(k)] or [""] for k in self._keys]
        self._bm25 = bm25s.BM25(k1=BM25_K1, b=BM25_B, method="lucene")
        self._bm25.index(corpus, show_progress=False)
        self._idf = _lucene_idf(corpus)


def _lucene_idf(corpus: list[list[str]]) -> dict[str, float]:
    """The idf bm25s's "lucene" method uses, kept to bound and explain scores."""
    df = Counter(t for doc in corpus for t in set(doc) if t)
    n = len(corpus)
    return {t: math.log(1 + (n - d + 0.5) / (d + 0.5)) for t, d in df.items()}
