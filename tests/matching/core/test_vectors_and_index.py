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


def test_usearch_int8_codes_are_truncated_normalised_coordinates() -> None:
    """VectorIndex.stored_dots undoes exactly this; a usearch that rounds must fail here."""
    from usearch.index import Index

    index = Index(ndim=8, metric="ip", dtype="i8")
    vector = np.arange(1, 9, dtype=np.float32)
    index.add(1, vector)
    expected = np.trunc(127 * vector / np.linalg.norm(vector))
    assert np.array_equal(index.get(1).astype(np.float32), expected)


@pytest.mark.parametrize(("dtype", "tolerance"), [("i8", 0.012), ("f16", 0.002)])
def test_stored_dots_equal_projected_products(dtype: str, tolerance: float) -> None:
    from duijie.matching.core.ann import fit_projection

    vectors = unit_rows(400, 48, seed=2)
    projection = fit_projection(vectors, 24)
    index = VectorIndex(48, dtype=dtype, projection=projection, bias_dim=2)
    bias = np.random.default_rng(3).uniform(-0.4, 0.0, size=(400, 2))
    index.add(np.arange(400), vectors, bias)
    query = unit_rows(1, 48, seed=4)[0]
    keys = np.array([7, 3, 250, 399])
    expected = (vectors[keys] @ projection) @ (query @ projection)
    got = index.stored_dots(keys, query)
    assert got.shape == (4,)
    assert np.max(np.abs(got - expected)) < tolerance
    assert len(index.stored_dots(np.array([], dtype=np.int64), query)) == 0


def test_stored_dots_need_a_biased_index() -> None:
    index = VectorIndex(8)
    index.add(np.arange(3), unit_rows(3, 8))
    with pytest.raises(ValueError):
        index.stored_dots(np.arange(3), np.ones(8))
