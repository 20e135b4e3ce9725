from duijie.matching.core.glossary import Glossary
from duijie.versions.core.keyterms import KeyTerm, key_terms

ENTRIES = [
    {"simplified": "光伏", "definitions": ["photovoltaic"]},
    {"simplified": "无人机", "definitions": ["drone", "unmanned aerial vehicle"]},
    {"simplified": "技术", "definitions": ["technology"]},
    {"simplified": "巡检", "definitions": ["to inspect"]},
]


def glossary() -> Glossary:
    return Glossary(ENTRIES)


def test_chinese_terms_are_glossed_in_english_most_frequent_first():
    text = "无人机巡检光伏电站，无人机自动飞行。技术领先。"
    terms = key_terms(text, source="zh", target="en", glossary=glossary())
    assert terms[0] == KeyTerm(source="无人机", gloss="drone")
    assert KeyTerm(source="光伏", gloss="photovoltaic") in terms
    assert all(term.source != "技术" for term in terms)  # generic words say nothing


def test_english_terms_are_glossed_in_chinese():
    terms = key_terms(
        "Drone inspection of drone fleets", source="en", target="zh", glossary=glossary()
    )
    assert terms == (
        KeyTerm(source="drone", gloss="无人机"),
        KeyTerm(source="inspection", gloss="巡检"),
    )


def test_same_language_or_empty_text_has_no_terms():
    assert key_terms("无人机", source="zh", target="zh", glossary=glossary()) == ()
    assert key_terms("", source="zh", target="en", glossary=glossary()) == ()
