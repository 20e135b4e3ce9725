from __future__ import annotations

import numpy as np
import pytest

from duijie.matching.core import VectorIndex, vector_from_bytes, vector_to_bytes


def unit_rows(count: int, dim: int, seed: int = 0) -> np.ndarray:
    rows = np.random.default_rng(seed).normal(size=(count, dim)).astype(np.float32)
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def test_bytes_round_trip() -> None:
    vector = unit_rows(1, 8)[0]
    assert len(vector_to_bytes(vector)) == 16
    assert len(vector_to_bytes(vector, "float32")) == 32
    assert np.array_equal(vector_from_bytes(vector_to_bytes(vector, "float32"), "float32"), vector)
    assert np.allclose(vector_from_bytes(vector_to_bytes(vector)), vector, atol=1e-3)
    with pytest.raises(ValueError):
        vector_to_bytes(vector, "int8")


def test_add_search_update_remove_save_load(tmp_path) -> None:  # type: ignore[no-untyped-def]
    vectors = unit_rows(200, 32)
    index = VectorIndex(32)
    index.add(np.arange(100, 300), vectors)
    keys, sims = index.search(vectors[5], 3)
    assert keys[0] == 105 and sims[0] == pytest.approx(1.0, abs=1e-3)
    index.add(np.array([105]), vectors[6])  # update: 105 now points where 106 is
    assert len(index) == 200
    assert set(index.search(vectors[6], 2)[0]) == {105, 106}
    index.remove(np.array([106, 999]))
    assert 106 not in index and len(index) == 199
    index.save(tmp_path / "ann")
    loaded = VectorIndex.load(tmp_path / "ann")
    assert len(loaded) == 199
    assert loaded.search(vectors[7], 1)[0][0] == 107


def test_empty_index_search() -> None:
    keys, sims = VectorIndex(4).search(np.ones(4), 5)
    assert len(keys) == 0 and len(sims) == 0


def test_projected_index_round_trip(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from duijie.matching.core.ann import fit_projection

    vectors = unit_rows(300, 32, seed=1)
    projection = fit_projection(vectors, 16)
    assert projection.shape == (32, 16)
    assert np.allclose(projection.T @ projection, np.eye(16), atol=1e-4)
    index = VectorIndex(32, dtype="i8", projection=projection)
    index.add(np.arange(300), vectors)
    assert index.search(vectors[42], 5)[0][0] == 42
    index.save(tmp_path / "projected")
    loaded = VectorIndex.load(tmp_path / "projected")
    assert np.array_equal(loaded.projection, projection)
    assert loaded.search(vectors[42], 5)[0][0] == 42
