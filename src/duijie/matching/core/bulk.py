"""Passes over every row of a :class:`VectorStore`, in blocks of bounded size.

At 1M listings one float32 copy of the vectors is 3.6 GB. Each pass here therefore reads,
converts and writes at most ``BULK_BLOCK`` rows at a time. Calibration is row by row and
hubness is per row against a fixed reference set, so the block size does not change any
number: a small corpus gets exactly what a single whole-matrix call would give.
"""

from __future__ import annotations

import numpy as np

from duijie.matching.core.ann import VectorIndex, fit_projection
from duijie.matching.core.dense import (
    Calibration,
    DenseModel,
    fit_calibration,
    fit_calibration_in_blocks,
)
from duijie.matching.core.scoring import HUB_NEIGHBOURS, hubness_in_blocks
from duijie.matching.core.store import HUB_COLUMNS, VectorStore, row_blocks

BULK_BLOCK = 65_536
# A multiple of scoring.hubness_in_blocks' own 2,048-row blocks, so cutting the corpus into
# these blocks gives the same values as one call over all rows.
HUB_BLOCK = 8 * 2048


def fit_corpus_calibration(store: VectorStore) -> Calibration | None:
    """Language means of the whole corpus (streamed when the vectors are mapped)."""
    size = len(store)
    if not store.mapped:
        return fit_calibration(store.raw[:size], store.zh_share[:size])
    blocks = row_blocks(np.arange(size), BULK_BLOCK)
    return fit_calibration_in_blocks((store.raw[b], store.zh_share[b]) for b in blocks)


def calibrate_stale(
    store: VectorStore,
    dense: DenseModel,
    calibration: Calibration | None,
) -> None:
    """Calibrate the rows whose raw vector changed since."""
    for rows in row_blocks(np.flatnonzero(store.stale[: len(store)]), BULK_BLOCK):
        raw = store.rows(store.raw, rows)
        store.calibrated[rows] = dense.calibrate(raw, store.zh_share[rows], calibration)
        store.stale[rows] = False


def measure_hubness(store: VectorStore, reference_rows: np.ndarray) -> None:
    """Fill in the hubness of rows that have none, against the given reference rows.

    Column 0 is measured against the Chinese reference listings, column 1 against the
    English ones. A language with too few reference listings to have k neighbours is
    measured against the whole reference instead, so a one-language corpus still gets hub
    correction for a query in the other language.
    """
    size = len(store)
    missing = np.flatnonzero(np.isnan(store.hub[:size]).any(axis=1))
    if not len(missing):
        return
    chinese = store.zh_share[reference_rows] >= 0.5
    for column, in_language in enumerate((chinese, ~chinese)):
        rows = reference_rows[in_language]
        if len(rows) <= HUB_NEIGHBOURS:
            rows = reference_rows
        store.hub[missing, column] = _hubness_against(store, missing, rows)


def _hubness_against(
    store: VectorStore, rows: np.ndarray, reference_rows: np.ndarray
) -> np.ndarray:
    position = np.full(len(store), -1, dtype=np.int64)  # a row's place in the reference, or -1
    position[reference_rows] = np.arange(len(reference_rows))
    reference = store.rows(store.calibrated, reference_rows)
    parts = [
        hubness_in_blocks(store.rows(store.calibrated, block), reference, position[block])
        for block in row_blocks(rows, HUB_BLOCK)
    ]
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.float32)


def build_ann(
    store: VectorStore, sample_rows: np.ndarray, dims: int, candidates: int
) -> VectorIndex:
    """An int8 HNSW index over the ``dims`` leading principal directions of the sample.

    The engine scores candidates on the index's own copy of their vectors (no other copy
    of the corpus in memory), and exact re-scoring of the best hides rounding and projection.
    The index ranks by cosine minus half the hubness against the query's language, as the
    engine does (two bias columns, weighted by the query's language mix): searching by cosine
    alone missed 7% of the engine's exact top 10 at 1M listings, because a listing with low
    hubness outranks many closer ones (see VectorIndex for why the stored vectors are padded
    and rotated). Every row's hubness must be known.
    """
    projection = fit_projection(store.rows(store.calibrated, sample_rows), dims)
    index = VectorIndex(store.dim, dtype="i8", projection=projection, bias_dim=HUB_COLUMNS)
    index.set_expansion_search(candidates)
    for rows in row_blocks(np.arange(len(store)), BULK_BLOCK):
        vectors = store.rows(store.calibrated, rows)
        index.add(store.ids[rows], vectors, hub_bias(store, rows))
    return index


def add_to_ann(index: VectorIndex, store: VectorStore, ids: np.ndarray) -> None:
    """Insert (or replace) the given listings' calibrated vectors in ``index``."""
    rows = np.array([store.row_of[int(i)] for i in ids], dtype=np.int64)
    for block in row_blocks(np.arange(len(rows)), BULK_BLOCK):
        vectors = store.rows(store.calibrated, rows[block])
        index.add(ids[block], vectors, hub_bias(store, rows[block]))


def hub_bias(store: VectorStore, rows: np.ndarray) -> np.ndarray:
    """The candidate's half of CSLS (scoring.semantic_scores), up to a constant."""
    return -store.hub[rows] / 2
