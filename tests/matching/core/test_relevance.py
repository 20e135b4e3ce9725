"""The relevance floor and bands (constants calibrated by bench/relevance_floor.py)."""

from __future__ import annotations

from duijie.matching.core import relevance
from duijie.matching.core.types import Hit, ScoreParts

BIG, SMALL = relevance.CALIBRATED_SIZE, relevance.CALIBRATED_SIZE - 1


def hit(score: float, lexical: float = 0.1) -> Hit:
    return Hit(1, score, ScoreParts(score, lexical, 0.0, 0.5))


def test_bands_follow_the_calibrated_thresholds() -> None:
    assert relevance.band(0.35, listing_pair=True, corpus_size=BIG) == relevance.STRONG
    assert relevance.band(0.20, listing_pair=True, corpus_size=BIG) == relevance.POSSIBLE
    assert relevance.band(0.20, listing_pair=False, corpus_size=BIG) == relevance.STRONG
    assert relevance.band(0.10, listing_pair=False, corpus_size=BIG) == ""


def test_a_hit_without_a_shared_term_needs_to_be_close_in_meaning() -> None:
    assert relevance.relevant(hit(0.16), listing_pair=False, corpus_size=BIG)
    assert not relevance.relevant(hit(0.16, lexical=0.0), listing_pair=False, corpus_size=BIG)
    assert relevance.relevant(hit(0.26, lexical=0.0), listing_pair=False, corpus_size=BIG)
    assert not relevance.relevant(hit(0.12), listing_pair=False, corpus_size=BIG)


def test_a_small_corpus_is_not_calibrated_so_a_shared_term_decides() -> None:
    assert relevance.floor_for(listing_pair=False, corpus_size=SMALL) is None
    assert relevance.relevant(hit(-0.05), listing_pair=True, corpus_size=SMALL)
    assert not relevance.relevant(hit(0.9, lexical=0.0), listing_pair=True, corpus_size=SMALL)
    assert relevance.band(0.9, listing_pair=True, corpus_size=SMALL) == relevance.POSSIBLE
