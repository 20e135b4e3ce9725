"""The lexical index stays exact across changes without rebuilding bm25s each time."""

import numpy as np
import pytest

from duijie.matching.core import lexical
from duijie.matching.core.lexical import LexicalIndex

CORPUS = {
    1: ["defect", "detect", "camera"],
    2: ["cold", "chain", "sensor", "sensor"],
    3: ["lift", "sensor", "vibrate", "predict", "maintain"],
    4: ["textile", "recycle", "polyester", "cotton"],
    5: ["water", "tank", "clean", "robot"],
    6: ["drone", "facade", "clean"],
    7: ["return", "risk", "score", "checkout"],
    8: ["pill", "dispense", "lock"],
    9: ["mall", "footfall", "sensor"],
    10: ["battery", "recycle", "lithium"],
    11: ["port", "crane", "automate"],
    12: ["elder", "care", "sensor", "bed"],
}


def built(docs: dict[int, list[str]]) -> LexicalIndex:
    index = LexicalIndex()
    for key, terms in docs.items():
        index.set(key, terms)
    index.scores([])  # builds the base
    return index


def score_of(index: LexicalIndex, terms: list[str]) -> dict[int, float]:
    keys, values = index.scores(terms)
    assert len(set(keys.tolist())) == len(keys)
    return dict(zip(keys.tolist(), values.tolist(), strict=True))


def test_a_new_listing_scores_as_it_would_in_the_base():
    index = built(CORPUS)
    index.set(99, list(CORPUS[3]))
    scores = score_of(index, ["sensor", "predict"])
    assert scores[99] == pytest.approx(scores[3], rel=1e-6)
    assert scores[99] > 0
    assert sorted(scores) == sorted([*CORPUS, 99])


def test_a_changed_listing_loses_its_old_terms_and_gains_the_new():
    index = built(CORPUS)
    index.set(3, list(CORPUS[10]))
    scores = score_of(index, ["lift", "vibrate"])
    assert scores[3] == 0.0
    assert score_of(index, ["lithium"])[3] == pytest.approx(score_of(index, ["lithium"])[10])


def test_a_removed_listing_is_gone_from_the_keys():
    index = built(CORPUS)
    index.remove(4)
    index.set(99, ["x"])
    index.remove(99)
    assert 4 not in index.keys.tolist()
    assert 99 not in index.keys.tolist()
    assert len(index) == len(CORPUS) - 1


def test_a_word_only_a_new_listing_uses_is_found_and_counts_as_rare():
    index = built(CORPUS)
    index.set(99, ["perovskite", "solar"])
    scores = score_of(index, ["perovskite"])
    assert scores[99] > 0
    assert max(v for k, v in scores.items() if k != 99) == 0.0
    assert index.idf("perovskite") > index.idf("sensor")


def test_enough_changes_rebuild_the_base_to_match_a_fresh_index(monkeypatch):
    monkeypatch.setattr(lexical, "REBUILD_SHARE", 0.1)
    index = built(CORPUS)
    changed = dict(CORPUS)
    for key in (1, 2):
        changed[key] = ["sensor", "camera", "drone"]
        index.set(key, changed[key])
    query = ["sensor", "camera", "clean"]
    fresh = score_of(built(changed), query)
    assert score_of(index, query) == pytest.approx(fresh)
    assert index._delta == {}  # two changes out of twelve passed the 10% share


def test_scores_are_shares_of_the_best_possible():
    index = built(CORPUS)
    keys, values = index.scores(["sensor", "lift"])
    assert np.all((values >= 0) & (values <= 1))
    assert keys[int(np.argmax(values))] == 3
