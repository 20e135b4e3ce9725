"""The concepts two texts share, as shown to readers ("Both are about …").

The lexical index matches in an English pivot space, where every CC-CEDICT sense of a
Chinese word counts. That is right for recall and wrong for explanations: 视觉 → "sight",
检测 → "test point", 合作 → "work". So explanations are built separately, from what each
text actually wrote:

* a word written on both sides (the same Chinese word, or the same English word, which also
  covers Latin terms such as PCB inside a Chinese text) is shown as written, never glossed;
* a Chinese word on one side meets the other side's English only through a sense whose
  content words the other side all wrote (knowledge base ↔ 知识库 needs "knowledge" and
  "base"); the most specific such sense wins, then CC-CEDICT's order;
* single Chinese characters, numbers, and generic words (:data:`GENERIC_ZH`,
  :data:`GENERIC_EN`) are never shown; longer Chinese words claim a concept first.

Nothing here touches the ranking; it runs only for the hits a caller receives.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from functools import lru_cache

from duijie.matching.core.glossary import Glossary
from duijie.matching.core.textproc import content_stems, jieba_frequency, word_set
from duijie.matching.core.types import SharedTerm

MAX_SHARED_TERMS = 6
# Words written in at least 10% of one language's listings, in the demo corpus or in
# dev-match (`bench/generic_terms.py` prints them with their shares), and the translations
# the issue names (工作, work): boilerplate and programme words that say nothing about
# what two listings share. Some topic words fall under it too (检测, "monitor"): a reason
# names the rarer, more specific concepts instead.
GENERIC_ZH = word_set(
    """寻求 技术 新加坡 合作 完成 东南亚地区 部署 团队 希望 欢迎 联系 首期 伙伴 万至
    万元 发明专利 支持 我司 预算 研发 系统 联合 应用 海内外 合作伙伴 智能
    试点 海外 企业 核心技术 杨浦 东南亚 自动 推进 平台 服务 成熟技术 方面
    授权 正在 数据 提供 设备 多年 已获 代理 渠道 许可 要求 方案 软件 稳定
    需求 基于 公司 超过 数字化 监测 运行 一家 经验 无需 行业 开展 供货 检测
    成熟 著作权 取得 自主 管理 征集 现有 适用 登记 解决方案 规模 物流 项目
    开发 实时 采用 识别 专利 实际 针对 计划 业务 面向 痛点 周期 参与 直接
    产品 扩大 环节 分钟 生成 亟需 升级 随着 诚邀 引入 满足 求购 达到 以上
    批量 品牌 机构 工作 合作方 共同"""
)
GENERIC_EN = word_set(
    """welcom singapor trl shanghai partner seek river delta yangtz wider deploy technology
    month team first complet aim budget pilot technical cooperat china operat joint system
    patent protect beyond look grant develop part proven need year core data plan run licens
    supp take invit chines day introduc experienc company work operator want monitor
    distribut manag solut customer cover hour unit research softwar automat detect register
    requir scal several reliab copyright engineer product two busi upgrad dai smart grow
    client week asia brand co-develop platform solv problem day-to-day build supplier ai
    devic built model sought tailor validat support direct time typical sensor water across
    track deliver collaborat together cooperate partnership"""
)
MIN_LATIN_LETTERS = 2
# jieba's reference corpus counts everyday words (方式 16,797, 时间 33,288, 资源 17,453) far
# above technical ones (机器人 384, 储能 8); the same everyday word in two Chinese texts is
# no reason. (Across languages, a fitting dictionary sense is evidence enough.)
COMMON_WORD_FREQUENCY = 4000


@dataclass(frozen=True)
class Mentions:
    """What a text wrote: its Chinese words and its English words (stem and form)."""

    zh: tuple[str, ...] = ()
    en_stems: tuple[str, ...] = ()
    en_forms: tuple[str, ...] = ()


def mentions(zh_words: list[str], en_words: list[tuple[str, str]], glossary: Glossary) -> Mentions:
    """One text's mentions, interned: the same words recur in every listing."""
    zh = [sys.intern(w) for w in dict.fromkeys(zh_words) if len(w) > 1]
    forms = dict(reversed(en_words))  # the first form written of each stem
    stems = [s for s in forms if _showable_stem(s)]
    return Mentions(tuple(zh), tuple(map(sys.intern, stems)), tuple(forms[s] for s in stems))


def _showable_stem(term: str) -> bool:
    letters = sum(ch.isalpha() for ch in term)
    return letters >= MIN_LATIN_LETTERS and term not in GENERIC_EN


class _Side:
    """One text's mentions, indexed for a pairing."""

    def __init__(self, found: Mentions) -> None:
        self.zh = found.zh
        self.zh_set = frozenset(found.zh)
        self.en = dict(zip(found.en_stems, found.en_forms, strict=True))


def shared_concepts(
    left: Mentions, right: Mentions, glossary: Glossary, idf, limit: int | None = MAX_SHARED_TERMS
) -> tuple[SharedTerm, ...]:
    """What both texts are about, rarest first; ``idf(term)`` weighs an index term."""
    a, b = _Side(left), _Side(right)
    found: list[SharedTerm] = []
    used_zh: set[str] = set()
    used_en: set[str] = set()
    for word in sorted(a.zh_set & b.zh_set, key=lambda w: (-len(w), w)):
        if word not in GENERIC_ZH and _specific(word):
            gloss = glossary.english(word)
            terms = gloss.stems if gloss else (word,)
            found.append(SharedTerm(word, "", _weight(idf, terms)))
            used_zh.add(word)
            used_en.update(terms)
    for term in sorted(a.en.keys() & b.en.keys() - used_en):
        found.append(SharedTerm("", a.en[term], _weight(idf, (term,))))
        used_en.add(term)
    for word, phrase, stems in _cross_language(a, b, glossary):
        if word not in used_zh and not used_en.intersection(stems):
            found.append(SharedTerm(word, phrase, _weight(idf, stems)))
            used_zh.add(word)
            used_en.update(stems)
    found.sort(key=lambda t: (-t.weight, t.term_zh, t.term_en))
    return tuple(found[:limit] if limit is not None else found)


def _specific(word: str) -> bool:
    """Not an everyday word: two texts in one language sharing 方式 or 时间 share nothing."""
    return len(word) > 2 or jieba_frequency(word) < COMMON_WORD_FREQUENCY


def _cross_language(a: _Side, b: _Side, glossary: Glossary) -> list[tuple[str, str, tuple]]:
    """(Chinese word, English phrase, stems) for every sense one side wrote out for the other.

    The most specific first: senses of more words (提单 "bill of lading" before 发票 "bill"),
    then senses whose English word translates back to this Chinese word (交通 "traffic"
    before its first sense "be connected"), then longer words.
    """
    found = []
    for chinese, english in ((a, b.en), (b, a.en)):
        for word in chinese.zh:
            if word in GENERIC_ZH or word in b.zh_set and word in a.zh_set:
                continue
            for rank, (phrase, stems) in enumerate(fitting_senses(word, english, glossary)):
                mutual = word in glossary.chinese(stems[0]) if len(stems) == 1 else True
                key = (-len(stems), not mutual, -len(word), rank, word)
                found.append((key, word, phrase, stems))
    found.sort(key=lambda item: item[0])
    return [(word, phrase, stems) for _, word, phrase, stems in found]


def fitting_senses(word: str, english: dict[str, str], glossary: Glossary) -> list[tuple]:
    """The senses of a Chinese word that the other text wrote out in full, with their stems.

    A one-word sense is shown in the form the other text used ("visual" for 视觉, not the
    dictionary's first sense "sight"); a longer one as the dictionary phrase.
    """
    fits = []
    for sense, stems in _matchable_senses(word, glossary):
        if all(s in english for s in stems):
            fits.append((sense if len(stems) > 1 else english[stems[0]], stems))
    return fits


@lru_cache(maxsize=1 << 16)
def _matchable_senses(word: str, glossary: Glossary) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(sense, stems) of each sense a match may use; cached, as every hit asks again."""
    gloss = glossary.english(word)
    found = []
    for sense in gloss.senses if gloss else ():
        stems = _sense_stems(sense)
        # "set up" is not "sets", "be connected" not "connected vehicles": a one-word match
        # needs a one-word sense.
        if stems and (len(stems) > 1 or len(sense.split()) == 1):
            found.append((sense, stems))
    return tuple(found)


@lru_cache(maxsize=1 << 16)
def _sense_stems(sense: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(content_stems(sense)))


def _weight(idf, terms) -> float:  # type: ignore[no-untyped-def]
    return round(max((idf(t) for t in terms), default=0.0), 4)
