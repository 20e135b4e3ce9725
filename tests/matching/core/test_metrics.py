from __future__ import annotations

import math

import pytest

from duijie.matching.core.metrics import ndcg_at, ranking_metrics, recall_at, reciprocal_rank


def test_single_query_values() -> None:
    ranked = ["a", "b", "c", "d"]
    assert recall_at(ranked, {"c"}, 1) == 0.0
    assert recall_at(ranked, {"c", "z"}, 5) == 0.5
    assert reciprocal_rank(ranked, {"c"}) == pytest.approx(1 / 3)
    assert reciprocal_rank(ranked, {"z"}) == 0.0
    assert ndcg_at(ranked, {"c"}, 10) == pytest.approx(1 / math.log2(4))


def test_averages_over_queries() -> None:
    metrics = ranking_metrics([["a", "b"], ["b", "a"]], [{"a"}, {"a"}])
    assert metrics == {
        "queries": 2,
        "recall@1": 0.5,
        "recall@5": 1.0,
        "recall@10": 1.0,
        "mrr": 0.75,
        "ndcg@10": round((1 + 1 / math.log2(3)) / 2, 4),
    }


def test_no_queries() -> None:
    assert ranking_metrics([], [])["queries"] == 0
