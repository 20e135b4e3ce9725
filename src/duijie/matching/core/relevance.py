"""The relevance floor and bands: which hits are worth showing at all.

Calibrated on score distributions by `bench/relevance_floor.py` (dev-match, 2026-12-02):
every need's title searched over all 200 listings, and every need matched to all offers.
Scores of listings from other sectors ("unrelated", 6,874 pairs each) and of the labelled
offer ("relevant", 50 pairs) give:

============  ==================  =====================  ====================
mode          unrelated 99th pct  unrelated 99.9th pct   relevant 25th pct
============  ==================  =====================  ====================
search        0.130               0.204                  0.185
match         0.137               0.220                  0.326
============  ==================  =====================  ====================

The floor is the unrelated 99th percentile: one unrelated listing in a hundred passes it.
"Strong match" needs both the relevant 25th percentile and the unrelated 99.9th. Over a
corpus of 700 listings that still lets about seven unrelated ones through for a query
that means nothing ("qwzxv blorf": best 0.164), and none of them shares a single term
with it. So a hit with no lexical evidence at all must clear :data:`MEANING_ONLY`, above
every unrelated percentile measured.

These are properties of a corpus of a few hundred listings or more: language centring and
hub correction are fitted on the corpus itself, and on a handful of listings scores say
little. Below :data:`CALIBRATED_SIZE` listings (the size of the calibration corpus), a
hit is shown when it shares a term with the query, and only as a possible match.
"""

from __future__ import annotations

from duijie.matching.core.types import Hit

SEARCH_FLOOR = 0.13
SEARCH_STRONG = 0.20
MATCH_FLOOR = 0.14
MATCH_STRONG = 0.33
MEANING_ONLY = 0.25
CALIBRATED_SIZE = 200

STRONG = "strong"
POSSIBLE = "possible"


def band(score: float, *, listing_pair: bool, corpus_size: int) -> str:
    """ "strong" or "possible" for a hit above the floor ("" below it)."""
    floor, strong = (MATCH_FLOOR, MATCH_STRONG) if listing_pair else (SEARCH_FLOOR, SEARCH_STRONG)
    if corpus_size < CALIBRATED_SIZE:
        return POSSIBLE
    if score >= strong:
        return STRONG
    return POSSIBLE if score >= floor else ""


def floor_for(*, listing_pair: bool, corpus_size: int) -> float | None:
    """The engine's ``min_score`` (None: no score floor on an uncalibrated corpus)."""
    if corpus_size < CALIBRATED_SIZE:
        return None
    return MATCH_FLOOR if listing_pair else SEARCH_FLOOR


def relevant(hit: Hit, *, listing_pair: bool, corpus_size: int) -> bool:
    """Above the floor, and either sharing a term with the query or close in meaning."""
    floor = floor_for(listing_pair=listing_pair, corpus_size=corpus_size)
    if floor is None:
        return hit.parts.lexical > 0
    return hit.score >= floor and (hit.parts.lexical > 0 or hit.score >= MEANING_ONLY)
