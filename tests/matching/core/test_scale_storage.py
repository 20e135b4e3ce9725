"""Float16 memory-mapped storage and the ANN path, forced on a small synthetic corpus.

Every test compares an engine pushed over a lowered ``EXACT_LIMIT`` (float16 vectors in
mapped files, candidates from the ANN index) with an engine that scores every listing
exactly in float32, after the same sequence of operations.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np
import pytest

from duijie.matching.core import (
    EngineConfig,
    ListingDoc,
    MatchEngine,
    VectorIndex,
    bulk,
    register_encoder,
)
from duijie.matching.core import engine as engine_module
from duijie.matching.core.persist import load_engine, save_engine

BLOCKS = (16, 12)  # two encoders, so calibration works block by block as with USE + e5
NEEDS = 30
ANSWERS = 3  # per need, at growing distance
DISTRACTORS = 300


class HashEncoder:
    """Deterministic stand-in encoder; these tests pass stored vectors, as the platform does."""

    def __init__(self, name: str, dim: int) -> None:
        self.name, self.dim = name, dim

    def encode_docs(self, texts):  # type: ignore[no-untyped-def]
        rows = [np.random.default_rng(abs(hash(t)) % 2**32).normal(size=self.dim) for t in texts]
        rows = np.array(rows, dtype=np.float32).reshape(len(texts), self.dim)
        return rows / np.linalg.norm(rows, axis=1, keepdims=True)

    def encode_queries(self, texts):  # type: ignore[no-untyped-def]
        return self.encode_docs(texts)


for _number, _dim in enumerate(BLOCKS):
    register_encoder(f"test-scale-{_number}", lambda n=_number, d=_dim: HashEncoder(f"s{n}", d))
CONFIG = EngineConfig(encoders=tuple((f"test-scale-{n}", 0.5) for n in range(len(BLOCKS))))


def fused(rows: np.ndarray, language: np.ndarray) -> np.ndarray:
    """Raw vectors as the engine stores them: one unit vector per encoder, concatenated.

    A shared direction per language is added first, the bias language centring removes.
    """
    rows = rows + 0.6 * language
    parts, start = [], 0
    for dim in BLOCKS:
        block = rows[:, start : start + dim]
        parts.append(block / np.linalg.norm(block, axis=1, keepdims=True))
        start += dim
    return np.hstack(parts).astype(np.float32)


def corpus(seed: int = 0) -> tuple[list[ListingDoc], np.ndarray]:
    """Needs (ids 0..29), three answers each (100 + 3·need + j), and random distractors."""
    rng = np.random.default_rng(seed)
    dim = sum(BLOCKS)
    languages = {"zh": rng.normal(size=dim), "en": rng.normal(size=dim)}
    centres = rng.normal(size=(NEEDS, dim))
    docs, rows = [], []
    for need in range(NEEDS):
        docs.append(doc(need, "tech_request", "zh" if need % 2 else "en"))
        rows.append(centres[need])
        for j in range(ANSWERS):
            docs.append(doc(100 + ANSWERS * need + j, "tech_offer", "en" if need % 2 else "zh"))
            noise = rng.normal(size=dim)
            scale = (0.15 + 0.25 * j) * np.linalg.norm(centres[need]) / np.linalg.norm(noise)
            rows.append(centres[need] + scale * noise)
    for k in range(DISTRACTORS):
        docs.append(doc(1000 + k, "tech_offer", ("zh", "en")[k % 2]))
        rows.append(rng.normal(size=dim))
    language = np.array([languages[d.lang] for d in docs])
    return docs, fused(np.array(rows), language)


def doc(doc_id: int, kind: str, lang: str) -> ListingDoc:
    title = f"条目 {doc_id}" if lang == "zh" else f"item {doc_id}"
    return ListingDoc(id=doc_id, kind=kind, title=title, lang=lang, org_id=doc_id)


@contextmanager
def ann_mode(limit: int = 100, candidates: int = 60, fresh_limit: int = 1000) -> Iterator[None]:
    """Lower the limits so a few hundred listings take the large-corpus path.

    The index keeps 12 of 28 coordinates, so scores from its copy alone would misorder
    candidates; only the 40 it ranks best are scored exactly, as 200 of ~2,000 are at full scale.
    """
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(engine_module, "ANN_DIM", 12)
        patch.setattr(engine_module, "EXACT_RESCORE", 40)
        patch.setattr(engine_module, "EXACT_LIMIT", limit)
        patch.setattr(engine_module, "ANN_CANDIDATES", candidates)
        patch.setattr(engine_module, "FRESH_LIMIT", fresh_limit)
        yield


def top(engine: MatchEngine, docs: list[ListingDoc], count: int = 3) -> list[dict[int, float]]:
    """Each need's best ``count`` offers with their scores."""
    needs = [d for d in docs if d.kind == "tech_request"]
    return [{h.id: h.score for h in engine.match(n, limit=count).hits} for n in needs]


def assert_agree(scaled: list[dict[int, float]], exact: list[dict[int, float]]) -> None:
    """Same listings in every top list, scores equal up to float16 rounding (~1e-3).

    Order inside a list is not compared: two answers can sit closer than that rounding.
    """
    assert [set(row) for row in scaled] == [set(row) for row in exact]
    for got, want in zip(scaled, exact, strict=True):
        assert got == pytest.approx(want, abs=2e-3)


def compare(
    scaled: MatchEngine, exact: MatchEngine, docs: list[ListingDoc], count: int = 3, **mode: int
) -> None:
    """Query the exact engine at the real limits and the scaled one at the lowered ones."""
    want = top(exact, docs, count)
    with ann_mode(**mode):
        assert_agree(top(scaled, docs, count), want)


def engines() -> tuple[MatchEngine, MatchEngine, list[ListingDoc], np.ndarray]:
    docs, vectors = corpus()
    exact = MatchEngine(CONFIG)
    exact.add(docs, vectors)
    scaled = MatchEngine(CONFIG)
    with ann_mode():
        scaled.add(docs, vectors)
        assert scaled.store.mapped  # before any query: a bulk load never holds float32 rows
    return exact, scaled, docs, vectors


def test_float16_mapped_storage_finds_the_same_top_matches() -> None:
    exact, scaled, docs, _ = engines()
    expected = top(exact, docs)
    assert [set(row) for row in expected] == [
        set(range(100 + 3 * n, 103 + 3 * n)) for n in range(NEEDS)
    ]
    compare(scaled, exact, docs)
    assert scaled._ann is not None and len(scaled._ann) == len(docs)
    assert scaled._ann.projection.shape == (scaled.dense.dim, 12)
    assert scaled.store.raw.dtype == np.float16 and scaled.store.calibrated.dtype == np.float16
    assert exact._ann is None and exact.store.calibrated.dtype == np.float32


def test_add_update_and_remove_after_the_index_was_built() -> None:
    exact, scaled, docs, vectors = engines()
    moved, removed = docs[5], docs[9]  # the best answers of needs 1 and 2
    steps = [
        lambda e: None,  # the first queries calibrate and build the index
        lambda e: e.add([doc(5000, "tech_offer", "en")], vectors[:1]),  # a copy of need 0
        lambda e: e.add([moved], -vectors[5:6]),
        lambda e: e.remove([removed.id]),
    ]
    for step in steps:
        step(exact)
        with ann_mode(fresh_limit=3):
            step(scaled)
        compare(scaled, exact, docs, fresh_limit=3)
    assert scaled._fresh == {5000, moved.id} and 5000 not in scaled._ann
    assert 5000 in top(exact, docs)[0] and moved.id not in top(exact, docs)[1]
    assert removed.id not in top(exact, docs)[2]
    more = [doc(6000 + k, "tech_offer", "en") for k in range(3)]
    exact.add(more, vectors[10:13])
    with ann_mode(fresh_limit=3):
        scaled.add(more, vectors[10:13])
    compare(scaled, exact, docs, fresh_limit=3)
    # Past FRESH_LIMIT the fresh listings went into the index.
    assert scaled._fresh == set()
    assert all(i in scaled._ann for i in (5000, moved.id, 6000, 6001, 6002))
    assert removed.id not in scaled._ann


def test_save_and_load_restore_the_mapped_engine(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _, scaled, docs, vectors = engines()
    with ann_mode():
        before = [scaled.match(d) for d in docs[: NEEDS * 4 : 4]]
        save_engine(scaled, tmp_path / "engine")
        monkeypatch.setattr(bulk, "build_ann", pytest.fail)  # the saved index is reused
        loaded = load_engine(tmp_path / "engine", CONFIG)
        assert loaded.store.mapped and loaded._ann is not None
        assert [loaded.match(d) for d in docs[: NEEDS * 4 : 4]] == before
        loaded.remove([100])
        loaded.add([doc(7000, "tech_offer", "en")], vectors[:1])
        assert 7000 in {h.id for h in loaded.match(docs[0], limit=3).hits}
        assert 100 not in {h.id for h in loaded.match(docs[0], limit=3).hits}
    assert np.load(tmp_path / "engine" / "vectors.npy").dtype == np.float16


def test_damaged_saved_state_is_recomputed(tmp_path) -> None:  # type: ignore[no-untyped-def]
    exact, scaled, docs, _ = engines()
    with ann_mode():
        save_engine(scaled, tmp_path / "engine")
        (tmp_path / "engine" / "dense.npz").write_bytes(b"not a zip file")
        loaded = load_engine(tmp_path / "engine", CONFIG)
        assert loaded._ann is None  # nothing half-restored
    compare(loaded, exact, docs)


def test_state_saved_with_one_hubness_column_is_recomputed(tmp_path) -> None:  # type: ignore[no-untyped-def]
    exact, scaled, docs, _ = engines()
    with ann_mode():
        save_engine(scaled, tmp_path / "engine")
        dense = tmp_path / "engine" / "dense.npz"
        with np.load(dense) as saved:
            arrays = {key: saved[key] for key in saved.files}
        arrays["hub"] = arrays["hub"].mean(axis=1)  # as saved before hubness per language
        np.savez(dense, **arrays)
        loaded = load_engine(tmp_path / "engine", CONFIG)
        assert loaded._ann is None and np.isnan(loaded.store.hub[: len(loaded)]).all()
    compare(loaded, exact, docs)
    assert loaded.store.hub[: len(loaded)].shape == (len(loaded), 2)


def test_index_saved_without_hubness_bias_is_rebuilt(tmp_path) -> None:  # type: ignore[no-untyped-def]
    exact, scaled, docs, vectors = engines()
    with ann_mode():
        save_engine(scaled, tmp_path / "engine")
        old = VectorIndex(scaled.dense.dim, dtype="i8")  # as saved before the bias columns
        old.add(scaled.store.ids[: len(scaled)], vectors[: len(scaled)])
        old.save(tmp_path / "engine" / "ann")
        loaded = load_engine(tmp_path / "engine", CONFIG)
        assert loaded._ann is None
    compare(loaded, exact, docs)
    assert loaded._ann is not None and loaded._ann.bias_dim == 2


def test_shrinking_below_the_limit_returns_to_float32_in_memory() -> None:
    exact, scaled, docs, _ = engines()
    compare(scaled, exact, docs)
    gone = [d.id for d in docs if d.id >= 1000 and d.id % 5]  # 240 distractors
    exact.remove(gone)
    with ann_mode(limit=200):
        scaled.remove(gone)
    compare(scaled, exact, docs, limit=200)
    assert not scaled.store.mapped and scaled._ann is None
    assert scaled.store.calibrated.dtype == np.float32


def test_store_keeps_rows_through_growth_moves_and_layout_changes(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from duijie.matching.core.store import VectorStore

    _, vectors = corpus()
    store = VectorStore(vectors.shape[1], tmp_path / "spill")
    store.set_mapped(True)
    for i, row in enumerate(vectors[:40]):
        store.put(doc(i, "tech_offer", "en"), row, 0.0)
    store.calibrated[:40] = vectors[:40]
    store.pop(3)  # row 39 moves into row 3
    assert store.row_of[39] == 3 and len(store) == 39
    assert np.allclose(store.rows(store.raw, [3])[0], vectors[39], atol=1e-3)
    expected = float(vectors[39] @ vectors[39])
    assert store.dot(np.arange(39), vectors[39])[3] == pytest.approx(expected, abs=2e-3)
    assert list(tmp_path.joinpath("spill").iterdir()) == []  # unnamed files: nothing left over
    store.set_mapped(False)
    assert store.raw.dtype == np.float32 and store.row_of[39] == 3
    assert np.allclose(store.raw[3], vectors[39], atol=1e-3)


def test_calibration_in_blocks_agrees_with_one_pass() -> None:
    from duijie.matching.core.dense import fit_calibration, fit_calibration_in_blocks

    _, vectors = corpus()
    share = (np.arange(len(vectors)) % 3 == 0).astype(np.float32)
    whole = fit_calibration(vectors, share)
    blocks = fit_calibration_in_blocks(
        (vectors[i : i + 50], share[i : i + 50]) for i in range(0, len(vectors), 50)
    )
    assert whole is not None and blocks is not None
    assert np.allclose(whole.mean_zh, blocks.mean_zh, atol=1e-6)
    assert np.allclose(whole.mean_en, blocks.mean_en, atol=1e-6)
