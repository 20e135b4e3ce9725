"""Word-level text processing: jieba for Chinese, a light stemmer for English.

Texts are expected to be normalised already (see :mod:`normalise`): lower case, Simplified.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_LATIN_TOKEN = re.compile(r"[a-z0-9][a-z0-9+#.\-]*[a-z0-9+#]|[a-z]")


def word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Standard English function words; content words carry the topic.
EN_STOPWORDS = word_set(
    """a about above after again against all am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself no nor not now of off on once only or other our ours
    ourselves out over own same she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours yourself yourselves
    also may might must shall via per within without us let get got make made one use used
    using based new"""
)
# Chinese function words and particles that jieba returns as words of their own.
ZH_STOPWORDS = word_set(
    """的 了 和 与 及 或 是 在 对 为 把 被 让 给 从 向 等 也 都 就 而 并 其 之 以 于 由 着 过 这 那
    个 些 我们 你们 他们 它们 我 你 他 她 它 吗 呢 吧 啊 呀 哦 嗯 很 还 又 再 能 会 要 可以 可 需要
    通过 进行 一个 一种 这个 那个 什么 怎么 如何 如果 但 但是 因为 所以 以及 并且 或者 已 已经 将"""
)

# (suffix, replacement) tried in order; the first that leaves a stem of 3+ letters wins.
# A small, predictable stemmer: both languages' glosses pass through it, so consistency
# matters more than linguistic finesse.
_SUFFIXES = (
    ("isations", "ize"),
    ("izations", "ize"),
    ("isation", "ize"),
    ("ization", "ize"),
    ("ational", "ate"),
    ("ations", "ate"),
    ("ation", "ate"),
    ("ising", "ize"),
    ("izing", "ize"),
    ("ised", "ize"),
    ("ized", "ize"),
    ("ises", "ize"),
    ("izes", "ize"),
    ("ise", "ize"),
    ("nesses", ""),
    ("ness", ""),
    ("ments", ""),
    ("ment", ""),
    ("ings", ""),
    ("ing", ""),
    ("ions", ""),
    ("ion", ""),
    ("ies", "y"),
    ("ied", "y"),
    ("edly", ""),
    ("ly", ""),
    ("ed", ""),
    ("es", ""),
    ("s", ""),
)
_KEEP_S = ("ss", "us", "is")


# Cached: the same few thousand words recur in every listing, and the glossary's reverse map
# stems every CC-CEDICT sense (stemming was the largest cost of loading 20k listings).
@lru_cache(maxsize=1 << 17)
def stem(word: str) -> str:
    """Strip one common English suffix, then a silent final e (detection → detect)."""
    if not word.isalpha() or len(word) <= 3:
        return word
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "s" and word.endswith(_KEEP_S):
                continue
            word = word[: -len(suffix)] + replacement
            break
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


def english_words(text: str) -> list[str]:
    """Latin-script tokens (words, numbers, model codes like 5g or iso-9001)."""
    return _LATIN_TOKEN.findall(text)


def content_stems(text: str) -> list[str]:
    """Stems of the English content words in ``text``, in order."""
    return [stem(w) for w in english_words(text.lower()) if w not in EN_STOPWORDS]


@lru_cache(maxsize=1)
def _jieba():  # type: ignore[no-untyped-def]
    # jieba loads its dictionary on import: only when Chinese text is segmented.
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


def han_runs(text: str) -> list[str]:
    return _HAN_RUN.findall(text)


def chinese_words(text: str) -> list[str]:
    """jieba words of the Chinese parts of ``text``, function words removed."""
    words = [w for run in han_runs(text) for w in _jieba().lcut(run, HMM=True)]
    return [w for w in words if w not in ZH_STOPWORDS]


def jieba_frequency(word: str) -> int:
    """How often jieba's reference corpus saw ``word`` (0 when unknown)."""
    return _jieba().dt.FREQ.get(word, 0) or 0


def subwords(word: str) -> list[str]:
    """jieba's shorter dictionary words inside ``word`` (its search-engine mode)."""
    return [part for part in _jieba().cut_for_search(word) if part != word]
