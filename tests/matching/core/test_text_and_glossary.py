from __future__ import annotations

from duijie.matching.core.glossary import clean_sense, load_glossary
from duijie.matching.core.lexical import analyse
from duijie.matching.core.textproc import chinese_words, content_stems, stem


def test_stemmer_is_light_and_consistent() -> None:
    assert [stem(w) for w in ("detection", "detecting", "detected", "detects")] == ["detect"] * 4
    assert stem("batteries") == "battery"
    assert stem("water") == "water"
    assert stem("bus") == "bus"


def test_content_stems_drop_function_words() -> None:
    assert content_stems("The detection of defects in parts") == ["detect", "defect", "part"]


def test_chinese_words_use_jieba_and_drop_particles() -> None:
    assert chinese_words("缺陷的检测") == ["缺陷", "检测"]


def test_clean_sense() -> None:
    assert clean_sense("to detect") == "detect"
    assert clean_sense("surname Wang") == ""
    assert clean_sense("variant of 檢|检[jian3]") == ""
    assert clean_sense("(bound form) defect") == "defect"


def test_glossary_both_directions() -> None:
    glossary = load_glossary()
    assert glossary.english("缺陷").phrase == "defect"
    assert "detect" in glossary.english("检测").stems
    assert glossary.chinese("defect")[0] == "缺陷"
    assert glossary.english("没有这个词") is None


def test_analysis_puts_chinese_into_the_english_pivot() -> None:
    analysis = analyse("缺陷检测")
    assert {"defect", "detect"} <= set(analysis.terms)
    assert "缺陷" not in analysis.terms
    assert analysis.mentions.zh == ("缺陷",)  # 检测 is in 15% of listings: generic


def test_glossary_keeps_each_words_senses_in_order() -> None:
    assert load_glossary().english("视觉").senses == ("sight", "vision", "visual")
