from duijie.versions.core.script import (
    excerpt,
    has_control_characters,
    has_markup,
    is_written_in,
    language_of,
    script_shares,
)


def test_language_of_content_locales():
    assert language_of("zh-hans") == "zh"
    assert language_of("EN") == "en"
    assert language_of("fr") == ""


def test_script_shares_weight_han_characters():
    shares = script_shares("缺陷检测 AI")
    assert shares.letters == 6
    assert shares.cjk == 12 / 14
    assert shares.latin == 2 / 14


def test_chinese_with_english_technical_terms_reads_as_chinese():
    assert is_written_in("基于YOLOv8和Transformer的缺陷检测", "zh-hans")
    assert is_written_in("已通过UL 9540A与GB/T 36276相关测试。", "zh-hans")


def test_english_in_the_chinese_field_is_not_chinese():
    assert not is_written_in("AI visual inspection for printed circuit boards", "zh-hans")


def test_chinese_in_the_english_field_is_not_english():
    assert not is_written_in("面向工业厂房的光伏运维平台", "en")
    assert is_written_in("Solar O&M platform for factory rooftops", "en")


def test_short_or_letterless_texts_are_not_judged():
    assert is_written_in("5G", "zh-hans")
    assert is_written_in("2026", "en")


def test_unsupported_language_is_never_matched():
    assert not is_written_in("Bonjour tout le monde", "fr")


def test_markup_and_control_characters_are_found():
    assert has_markup("Great <script>alert(1)</script> product")
    assert has_markup("<b>bold</b>")
    assert not has_markup("TRL < 5 and cost > 3")
    assert has_control_characters("bad\x00text")
    assert not has_control_characters("line one\nline two\tend")


def test_excerpt_cuts_chinese_by_character_and_english_at_a_word():
    assert excerpt("分布式光伏智能运维平台", "zh-hans", 12) == "分布式光伏…"
    assert excerpt("Drone thermal imaging pinpoints hot spots", "en", 20) == "Drone thermal…"
    assert excerpt("short", "en", 20) == "short"
