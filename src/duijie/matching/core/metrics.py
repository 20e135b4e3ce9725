"""Ranking metrics (binary relevance), averaged over queries."""

from __future__ import annotations

import math
from collections.abc import Sequence

RECALL_CUTOFFS = (1, 5, 10)
NDCG_CUTOFF = 10


def recall_at(ranked: Sequence[str], relevant: set[str], k: int) -> float:
    """Share of the relevant ids found in the first ``k`` places."""
    if not relevant:
        return 0.0
    return len(relevant.intersection(ranked[:k])) / len(relevant)


def reciprocal_rank(ranked: Sequence[str], relevant: set[str]) -> float:
    """1 / place of the first relevant id (0 when none is ranked)."""
    for place, item in enumerate(ranked, start=1):
        if item in relevant:
            return 1.0 / place
    return 0.0


def ndcg_at(ranked: Sequence[str], relevant: set[str], k: int) -> float:
    """Normalised discounted cumulative gain with binary gains."""
    gain = sum(1.0 / math.log2(p + 1) for p, i in enumerate(ranked[:k], 1) if i in relevant)
    ideal = sum(1.0 / math.log2(p + 1) for p in range(1, min(len(relevant), k) + 1))
    return gain / ideal if ideal else 0.0


def ranking_metrics(rankings: Sequence[Sequence[str]], relevants: Sequence[set[str]]) -> dict:
    """{"queries", "recall@1", "recall@5", "recall@10", "mrr", "ndcg@10"}, rounded to 4 places."""
    n = len(rankings)
    totals = {f"recall@{k}": 0.0 for k in RECALL_CUTOFFS} | {"mrr": 0.0, f"ndcg@{NDCG_CUTOFF}": 0.0}
    for ranked, relevant in zip(rankings, relevants, strict=True):
        for k in RECALL_CUTOFFS:
            totals[f"recall@{k}"] += recall_at(ranked, relevant, k)
        totals["mrr"] += reciprocal_rank(ranked, relevant)
        totals[f"ndcg@{NDCG_CUTOFF}"] += ndcg_at(ranked, relevant, NDCG_CUTOFF)
    return {"queries": n} | {
        key: round(value / n, 4) if n else 0.0 for key, value in totals.items()
    }
