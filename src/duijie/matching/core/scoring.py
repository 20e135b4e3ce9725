"""Score fusion, hub correction and the reasons attached to every hit.

Why these pieces:

* Hub correction (CSLS, Conneau et al. 2018): in cross-lingual spaces some vectors are close
  to everything ("hubs") and would top every ranking. CSLS ranks a pair by
  2·cos(x, y) − r_T(x) − r_S(y), where r_S(y) is the candidate's mean similarity to its k
  nearest neighbours *in the query's language*. For one query r_T(x) is constant, so the
  ranking keeps cos − r_S(y)/2, re-centred on the corpus mean so it still reads like a
  cosine. A corpus of both languages therefore keeps two hubness values per listing
  (against Chinese and against English listings): a Chinese listing sits close to many
  Chinese texts, so against a Chinese query it pays for that, and a same-language near miss
  wins less often on shared phrasing alone. (One hubness against the mixed corpus, as
  before: dev-match recall@1 0.84; per language 0.86, Tatoeba +0.001 both ways. Also
  measured and left out: the query-side term r_T(x) per candidate language, 0.84.)
* Fusion: the hub-corrected cosine is the main signal. BM25 over bilingual terms adds exact
  term evidence (codes, names, numbers, jargon) that sentence encoders blur; it is already
  on a 0..1 scale (share of the query's term weight matched), so a fixed weight works.
  Sector agreement and TRL fit are platform metadata and only nudge the order.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from duijie.matching.core.types import ScoreParts

HUB_NEIGHBOURS = 10


@dataclass(frozen=True)
class Weights:
    """How much each part adds to the final score."""

    semantic: float = 1.0
    lexical: float = 0.3
    sector: float = 0.05
    trl_fit: float = 0.04
    cross_border: float = 0.03

    def metadata_ceiling(self, with_listing: bool) -> float:
        """The most sector, TRL and cross-border fit can add to the text's score."""
        return self.sector + self.trl_fit / 2 + self.cross_border if with_listing else 0.0


def hubness(vectors: np.ndarray, reference: np.ndarray, self_rows: np.ndarray | None) -> np.ndarray:
    """Mean cosine of each vector to its k nearest reference vectors (itself excluded).

    ``self_rows[i]`` is the row of ``vectors[i]`` inside ``reference`` (or -1).
    """
    if len(reference) < 2:
        return np.zeros(len(vectors), dtype=np.float32)
    k = min(HUB_NEIGHBOURS, len(reference) - 1)
    sims = vectors @ reference.T
    if self_rows is not None:
        inside = self_rows >= 0
        sims[np.flatnonzero(inside), self_rows[inside]] = -np.inf
    top = np.partition(sims, -k, axis=1)[:, -k:]
    return top.mean(axis=1).astype(np.float32)


def hubness_in_blocks(vectors: np.ndarray, reference: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """:func:`hubness` over row blocks, so memory stays bounded for large corpora."""
    block = 2048
    parts = [
        hubness(vectors[i : i + block], reference, rows[i : i + block])
        for i in range(0, len(vectors), block)
    ]
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.float32)


@dataclass(frozen=True)
class PairScale:
    """Spread of cosines between Chinese-Chinese, Chinese-English and English-English pairs.

    After language centring all three have mean ≈ 0, but same-language cosines spread wider,
    so the top of a same-language ranking sits higher by chance alone. Dividing by the
    spread of the pair's languages (and multiplying by the cross-language spread, to keep a
    cosine-like scale) puts a Chinese and an English candidate on equal footing.
    """

    zz: float = 1.0
    ze: float = 1.0
    ee: float = 1.0

    def factor(self, query_zh: float, doc_zh: np.ndarray) -> np.ndarray:
        same_zh, same_en = query_zh * doc_zh, (1 - query_zh) * (1 - doc_zh)
        spread = same_zh * self.zz + same_en * self.ee + (1 - same_zh - same_en) * self.ze
        return (self.ze / np.maximum(spread, 1e-6)).astype(np.float32)


def fit_pair_scale(sample: np.ndarray, zh_share: np.ndarray) -> PairScale:
    """Cosine spreads per language pair, from listings that are mostly one language."""
    zh, en = sample[zh_share >= 0.5], sample[zh_share < 0.5]
    if min(len(zh), len(en)) < 2:
        return PairScale()
    return PairScale(_spread_of(zh, zh), _spread_of(zh, en), _spread_of(en, en))


def _spread_of(left: np.ndarray, right: np.ndarray) -> float:
    sims = left @ right.T
    if left is right:
        sims = sims[~np.eye(len(left), dtype=bool)]
    return float(np.std(sims)) or 1.0


def language_mix(zh_share: float | np.ndarray) -> np.ndarray:
    """Weights of the (Chinese, English) hubness columns for texts of this Chinese share."""
    share = np.asarray(zh_share, dtype=np.float32)
    return np.stack([share, 1 - share], axis=-1)


def semantic_scores(
    cosines: np.ndarray, hub: np.ndarray, hub_mean: np.ndarray, query_zh: float
) -> np.ndarray:
    """Hub-corrected cosine: cos − (r(y) − mean)/2, r(y) against the query's language.

    ``hub`` is (rows, 2), each candidate's hubness against Chinese and English listings;
    ``hub_mean`` their corpus means. Mixed-language queries weigh the two columns.
    """
    mix = language_mix(query_zh)
    return (cosines - (hub @ mix - float(hub_mean @ mix)) / 2).astype(np.float32)


def combine(parts: ScoreParts, weights: Weights) -> float:
    """The final score; TRL fit is centred on its neutral 0.5 so unknown TRL adds nothing."""
    return (
        weights.semantic * parts.semantic
        + weights.lexical * parts.lexical
        + weights.sector * parts.sector
        + weights.trl_fit * (parts.trl_fit - 0.5)
        + parts.country_boost
    )
