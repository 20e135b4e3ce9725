"""Shared concepts ("Both are about …"): right senses, words as written, no generic words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from duijie.matching.core.concepts import GENERIC_EN, GENERIC_ZH, shared_concepts
from duijie.matching.core.documents import doc_text
from duijie.matching.core.glossary import load_glossary
from duijie.matching.core.lexical import LexicalIndex, analyse
from duijie.matching.core.normalise import normalise_text
from duijie.matching.core.types import ListingDoc

FIXTURE = Path(__file__).parent / "fixtures" / "shared_terms_labelled.jsonl"


def _shared(left: str, right: str, limit: int | None = None) -> set[tuple[str, str]]:
    a, b = analyse(normalise_text(left)), analyse(normalise_text(right))
    found = shared_concepts(a.mentions, b.mentions, load_glossary(), lambda term: 1.0, limit)
    return {(term.term_zh, term.term_en) for term in found}


def test_cross_language_pair_uses_the_sense_the_other_text_wrote() -> None:
    found = _shared("机器视觉缺陷检测", "visual defect inspection with cameras")
    assert ("视觉", "visual") in found  # not the dictionary's first sense, "sight"
    assert ("缺陷", "defect") in found


def test_a_longer_sense_written_out_wins_over_a_one_word_one() -> None:
    found = _shared("电子提单与发票上链", "electronic bills of lading for exporters")
    assert ("提单", "bill of lading") in found
    assert not any(zh == "发票" for zh, _ in found)


def test_a_one_word_match_needs_a_one_word_sense() -> None:
    # 交通's first sense is "to be connected"; 设立 is "to set up", not "sets".
    assert _shared("城市交通信号", "connected vehicles and traffic signals") >= {
        ("交通", "traffic")
    }
    assert _shared("合资设立区域公司", "large sets of failure data") == set()


def test_same_language_pair_shows_the_word_itself() -> None:
    assert ("储能", "") in _shared("退役电池储能电站", "通信基站储能电池梯次利用")
    english = _shared("battery recycling for storage", "second-life battery storage")
    assert ("", "battery") in english and ("", "storage") in english
    assert all(zh == "" for zh, _ in english)  # no dictionary Chinese for two English texts


def test_generic_and_everyday_words_are_never_shown() -> None:
    assert {"合作", "技术", "工作"} <= GENERIC_ZH and {"work", "technology"} <= GENERIC_EN
    assert _shared("寻求技术合作伙伴", "seeking technology cooperation and work partners") == set()
    assert (
        _shared("合作方式与时间安排", "合作方式与时间要求") == set()
    )  # 方式, 时间: everyday words


def test_latin_terms_written_on_both_sides_are_shown_as_written() -> None:
    assert ("", "pcb") in _shared("PCB外观缺陷检测", "PCB assembly line inspection")


def test_the_limit_keeps_the_rarest() -> None:
    a, b = analyse("激光金属打印零部件"), analyse("laser metal printing of components")
    weights = {"laser": 3.0, "metal": 2.0, "print": 1.0, "component": 0.5}
    found = shared_concepts(a.mentions, b.mentions, load_glossary(), weights.get, 2)
    assert [t.term_en for t in found] == ["laser", "metal"]


def _doc(number: int, side: dict) -> ListingDoc:
    keywords = tuple(side["keywords"])
    return ListingDoc(
        number, side["kind"], side["title"], side["description"], side["lang"], keywords=keywords
    )


@pytest.fixture(scope="module")
def labelled() -> list[dict]:
    return [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]


def test_labelled_demo_pairs_are_right_at_least_95_percent(labelled) -> None:  # type: ignore[no-untyped-def]
    """207 terms from 25 demo pairs, labelled by hand; a term shown but never labelled is wrong."""
    docs = [(_doc(2 * n, p["a"]), _doc(2 * n + 1, p["b"])) for n, p in enumerate(labelled)]
    index = LexicalIndex()
    for doc in (d for pair in docs for d in pair):
        index.set(doc.id, analyse(doc_text(doc)).terms)
    shown = right = 0
    for (a, b), pair in zip(docs, labelled, strict=True):
        labels = {(t["zh"], t["en"]): t["right"] for t in pair["terms"]}
        left, other = analyse(doc_text(a)).mentions, analyse(doc_text(b)).mentions
        for term in shared_concepts(left, other, load_glossary(), index.idf, None):
            shown += 1
            right += labels.get((term.term_zh, term.term_en), False)
    assert shown >= 100
    assert right / shown >= 0.95


def test_the_labels_show_what_the_old_glossary_pairs_got_wrong(labelled) -> None:  # type: ignore[no-untyped-def]
    before = [t["right"] for p in labelled for t in p["terms"] if t["shown_before"]]
    assert len(before) == 145 and sum(before) / len(before) < 0.65
