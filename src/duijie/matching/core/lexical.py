"""Cross-lingual lexical matching: bilingual terms and a BM25 index over them.

Every text is turned into one bag of terms that holds its own words *and* their
translations: Chinese words (jieba) bring their CC-CEDICT English stems, English stems bring
nothing extra because the Chinese side already meets them in English. BM25 (``bm25s``) then
matches a Chinese need against an English offer through the shared English stems.
"""

from __future__ import annotations

import logging
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import numpy as np

from duijie.matching.core.concepts import GENERIC_ZH, Mentions, mentions
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
# The base index is rebuilt once changes since its build reach this share of it.
REBUILD_SHARE = 0.1


@dataclass
class Analysis:
    """Index terms of a text and the words it wrote (for explanations)."""

    terms: list[str] = field(default_factory=list)
    mentions: Mentions = field(default_factory=Mentions)


def _subword_glosses(word: str, glossary: Glossary) -> list[tuple[str, Gloss]]:
    """Glosses of the dictionary sub-words of a word CC-CEDICT does not list."""
    parts = [p for p in subwords(word) if p in glossary]
    return [(p, g) for p in parts if (g := glossary.english(p)) is not None]


def _add_chinese(terms: list[str], written: list[str], word: str, glossary: Glossary) -> None:
    gloss = glossary.english(word)
    pairs = [(word, gloss)] if gloss else _subword_glosses(word, glossary)
    for _, gloss_of_zh in pairs:
        terms.extend(gloss_of_zh.stems)
    if not pairs:
        # Terms live in one English pivot space so that a Chinese listing does not match a
        # Chinese one more easily than an English one; unknown words stay as they are.
        terms.append(word)
    if word in GENERIC_ZH:
        return
    # Explanations keep only sub-words that no longer one contains (东南亚地区: 东南亚 and
    # 地区, not 南亚).
    parts = [zh for zh, _ in pairs] or [word]
    written.extend(p for p in parts if not any(p != q and p in q for q in parts))


def analyse(text: str, glossary: Glossary | None = None) -> Analysis:
    """Bilingual index terms of a normalised text, and the words behind them."""
    glossary = glossary or load_glossary()
    terms: list[str] = []
    zh_written: list[str] = []
    for word in chinese_words(text):
        _add_chinese(terms, zh_written, word, glossary)
    en_written = [(stem(w), w) for w in english_words(text) if w not in EN_STOPWORDS]
    terms.extend(term for term, _ in en_written)
    return Analysis(terms, mentions(zh_written, en_written, glossary))


class LexicalIndex:
    """BM25 over bilingual terms: a static ``bm25s`` base plus a small live delta.

    bm25s cannot add or remove documents, and rebuilding it takes seconds at 50k listings
    (minutes at 1M). So changes since the last build go to a delta: changed or new listings
    are scored directly with the base's statistics, removed or replaced ones are masked out
    of the base, and the base is rebuilt only once the delta reaches ``REBUILD_SHARE`` of it.
    """

    def __init__(self) -> None:
        self._docs: dict[int, list[str]] = {}
        self._bm25 = None
        self._base_keys = np.zeros(0, dtype=np.int64)
        self._base_alive = np.zeros(0, dtype=bool)
        self._base_row: dict[int, int] = {}
        self._masked = 0
        self._delta: dict[int, int] = {}  # key -> position in the delta's key order
        self._delta_postings: dict[str, set[int]] = defaultdict(set)
        self._idf: dict[str, float] = {}
        self._avg_length = 1.0

    def __len__(self) -> int:
        return len(self._docs)

    def set(self, key: int, terms: list[str]) -> None:
        self._forget_delta(key)
        self._docs[key] = terms
        self._mask_base(key)
        self._delta[key] = len(self._delta)
        for term in set(terms):
            self._delta_postings[term].add(key)

    def remove(self, key: int) -> None:
        self._forget_delta(key)
        if self._docs.pop(key, None) is not None:
            self._mask_base(key)

    def _forget_delta(self, key: int) -> None:
        if self._delta.pop(key, None) is None:
            return
        self._delta = {k: position for position, k in enumerate(self._delta)}
        for term in set(self._docs[key]):
            self._delta_postings[term].discard(key)

    def _mask_base(self, key: int) -> None:
        row = self._base_row.get(key)
        if row is not None and self._base_alive[row]:
            self._base_alive[row] = False
            self._masked += 1

    def idf(self, term: str) -> float:
        """Lucene idf; a term only listings changed since the last build use counts as rare."""
        self._ensure_built()
        if term in self._idf:
            return self._idf[term]
        found = len(self._delta_postings.get(term, ()))
        return _idf_of(len(self._docs), found) if found else 0.0

    @property
    def keys(self) -> np.ndarray:
        """The keys :meth:`scores` returns scores for, in that order."""
        self._ensure_built()
        delta = np.fromiter(self._delta, dtype=np.int64, count=len(self._delta))
        return np.concatenate([self._base_keys[self._base_alive], delta])

    def scores(self, terms: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """(keys, scores in [0, 1]) where 1 means every query term matched strongly."""
        keys = self.keys
        weights = {t: w for t in dict.fromkeys(terms) if (w := self.idf(t)) > 0}
        if not weights:
            return keys, np.zeros(len(keys), dtype=np.float32)
        base = self._base_scores(list(weights))[self._base_alive]
        raw = np.concatenate([base, self._delta_scores(weights)])
        ceiling = sum(weights.values()) * (BM25_K1 + 1)
        return keys, raw.astype(np.float32) / np.float32(ceiling)

    def _base_scores(self, terms: list[str]) -> np.ndarray:
        in_base = [t for t in terms if self._bm25 is not None and t in self._bm25.vocab_dict]
        if not in_base:
            return np.zeros(len(self._base_keys), dtype=np.float32)
        ids = self._bm25.get_tokens_ids(in_base)
        return np.asarray(self._bm25.get_scores_from_ids(ids), dtype=np.float32)

    def _delta_scores(self, weights: dict[str, float]) -> np.ndarray:
        """Lucene BM25 of the changed listings, with the base's average length (as bm25s)."""
        out = np.zeros(len(self._delta), dtype=np.float32)
        for term, weight in weights.items():
            for key in self._delta_postings.get(term, ()):
                doc = self._docs[key]
                count = doc.count(term)
                norm = BM25_K1 * (1 - BM25_B + BM25_B * len(doc or [""]) / self._avg_length)
                out[self._delta[key]] += weight * count / (count + norm)
        return out

    def _ensure_built(self) -> None:
        built = self._bm25 is not None or not self._docs
        changed = len(self._delta) + self._masked
        if built and changed <= REBUILD_SHARE * len(self._base_keys):
            return
        self._rebuild()

    def _rebuild(self) -> None:
        keys = np.fromiter(self._docs, dtype=np.int64, count=len(self._docs))
        corpus = [self._docs[int(k)] or [""] for k in keys]
        self._bm25, self._idf, self._avg_length = None, _lucene_idf(corpus), 1.0
        if corpus:
            # bm25s pulls in scipy: loaded when a lexical index is first built.
            import bm25s

            logging.getLogger("bm25s").setLevel(logging.WARNING)  # it logs every rebuild
            self._bm25 = bm25s.BM25(k1=BM25_K1, b=BM25_B, method="lucene")
            self._bm25.index(corpus, show_progress=False)
            self._avg_length = sum(map(len, corpus)) / len(corpus)
        self._base_keys, self._base_alive = keys, np.ones(len(keys), dtype=bool)
        self._base_row = {int(k): row for row, k in enumerate(keys)}
        self._masked = 0
        self._delta, self._delta_postings = {}, defaultdict(set)


def _lucene_idf(corpus: list[list[str]]) -> dict[str, float]:
    """The idf bm25s's "lucene" method uses, kept to bound and explain scores."""
    df = Counter(t for doc in corpus for t in set(doc) if t)
    n = len(corpus)
    return {t: _idf_of(n, d) for t, d in df.items()}


def _idf_of(count: int, found: int) -> float:
    return math.log(1 + (count - found + 0.5) / (found + 0.5))
