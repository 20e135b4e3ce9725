"""A "key terms" line for a reader who cannot read the original: dictionary glosses, no more.

Where no other-language version exists, the reader sees the original plus its key terms
glossed from CC-CEDICT (the matching glossary). It is labelled as dictionary terms: the
glosses are single senses of single words, not a translation of the text.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from duijie.matching.core.glossary import Glossary
from duijie.matching.core.textproc import EN_STOPWORDS, chinese_words, english_words, stem

MAX_TERMS = 6
# Words every listing uses: glossing them tells the reader nothing about this one.
GENERIC_ZH = frozenset(
    [
        "合作",
        "技术",
        "工作",
        "公司",
        "我们",
        "需要",
        "需求",
        "提供",
        "产品",
        "服务",
        "系统",
        "方案",
        "解决方案",
        "项目",
        "平台",
        "团队",
        "企业",
        "发展",
        "应用",
        "实现",
        "进行",
        "相关",
        "支持",
        "能力",
        "行业",
        "市场",
        "客户",
        "管理",
        "已经",
        "可以",
        "具有",
        "用于",
        "通过",
    ]
)
GENERIC_EN = frozenset(
    [
        "technology",
        "solution",
        "system",
        "platform",
        "partner",
        "company",
        "service",
        "product",
        "project",
        "team",
        "support",
        "provide",
        "need",
        "seek",
        "offer",
        "use",
        "work",
        "business",
        "market",
        "customer",
        "develop",
        "application",
        "looking",
        "want",
        "based",
        "new",
        "year",
        "years",
        "also",
        "can",
        "will",
        "one",
        "two",
        "more",
        "most",
    ]
)


@dataclass(frozen=True)
class KeyTerm:
    """One word of the original with its dictionary gloss in the reader's language."""

    source: str
    gloss: str


def key_terms(text: str, *, source: str, target: str, glossary: Glossary) -> tuple[KeyTerm, ...]:
    """Up to MAX_TERMS glossed words of `text` (in `source`, "zh"/"en") for a `target` reader."""
    if source == target or not text:
        return ()
    if source == "zh":
        return _chinese_terms(text, glossary)
    return _english_terms(text, glossary)


def _ranked(words: list[str]) -> list[str]:
    """Words by how often the text uses them, longer (more specific) first among equals."""
    counts = Counter(words)
    first_seen = {word: index for index, word in reversed(list(enumerate(words)))}
    return sorted(counts, key=lambda w: (-counts[w], -len(w), first_seen[w]))


def _chinese_terms(text: str, glossary: Glossary) -> tuple[KeyTerm, ...]:
    words = [w for w in chinese_words(text) if len(w) >= 2 and w not in GENERIC_ZH]
    terms: list[KeyTerm] = []
    for word in _ranked(words):
        gloss = glossary.english(word)
        if gloss is None or not gloss.phrase or gloss.phrase in GENERIC_EN:
            continue
        terms.append(KeyTerm(source=word, gloss=gloss.phrase))
        if len(terms) == MAX_TERMS:
            break
    return tuple(terms)


def _english_terms(text: str, glossary: Glossary) -> tuple[KeyTerm, ...]:
    words = [
        w
        for w in english_words(text.lower())
        if len(w) > 3 and w.isalpha() and w not in EN_STOPWORDS and w not in GENERIC_EN
    ]
    terms: list[KeyTerm] = []
    seen: set[str] = set()
    for word in _ranked(words):
        chinese = glossary.chinese(stem(word))
        if not chinese or chinese[0] in seen or chinese[0] in GENERIC_ZH:
            continue
        seen.add(chinese[0])
        terms.append(KeyTerm(source=word, gloss=chinese[0]))
        if len(terms) == MAX_TERMS:
            break
    return tuple(terms)
