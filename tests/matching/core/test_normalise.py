from __future__ import annotations

from duijie.matching.core.normalise import (
    cap_length,
    detect_lang,
    han_share,
    normalise_text,
    to_simplified,
)


def test_traditional_becomes_simplified() -> None:
    assert to_simplified("這個軟體檢測系統") == "这个软体检测系统"


def test_full_width_case_and_whitespace() -> None:
    assert normalise_text("  ＡＩ　缺陷檢測\n\tＴＲＬ７  ") == "ai 缺陷检测 trl7"


def test_emoji_are_dropped() -> None:
    assert normalise_text("defect 🔍 detection 🚀🚀") == "defect detection"


def test_control_and_zero_width_characters() -> None:
    assert normalise_text("de\u200btection\x00 sys\ufefftem\x07") == "detection system"


def test_empty_and_none_like_input() -> None:
    assert normalise_text("") == ""
    assert normalise_text("   \n ") == ""


def test_cap_length_reports_cutting() -> None:
    assert cap_length("abcdef", 4) == ("abcd", True)
    assert cap_length("abc", 4) == ("abc", False)


def test_language_detection() -> None:
    assert detect_lang("缺陷检测系统") == "zh"
    assert detect_lang("defect detection system") == "en"
    assert detect_lang("基于AI的缺陷检测") == "zh"
    assert han_share("") == 0.0
