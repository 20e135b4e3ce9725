"""Approximate nearest-neighbour index (usearch HNSW) keyed by listing id.

The database keeps each listing's vector as the source of truth; this index is a cache that
can be rebuilt from those vectors, or saved to and loaded from a directory.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

INDEX_FILE = "vectors.usearch"
META_FILE = "vectors.json"
PROJECTION_FILE = "projection.npy"


def vector_to_bytes(vector: np.ndarray, dtype: str = "float16") -> bytes:
    """Serialise one vector for a database column (float16 halves the size)."""
    if dtype not in ("float16", "float32"):
        raise ValueError(f"unsupported dtype {dtype!r}")
    return np.asarray(vector, dtype=dtype).reshape(-1).tobytes()


def vector_from_bytes(data: bytes, dtype: str = "float16") -> np.ndarray:
    """Inverse of :func:`vector_to_bytes`, always returned as float32."""
    if dtype not in ("float16", "float32"):
        raise ValueError(f"unsupported dtype {dtype!r}")
    return np.frombuffer(data, dtype=dtype).astype(np.float32)


def fit_projection(sample: np.ndarray, dims: int) -> np.ndarray:
    """The ``dims`` leading principal directions of ``sample`` as a (dim, dims) matrix.

    Sentence embeddings keep most of their variance in a few hundred directions (82% in 200
    for USE+e5 listing vectors), so an index over the projection finds the right
    neighbourhood with a quarter of the memory, and exact re-scoring restores the order.
    The directions are the eigenvectors of the (dim, dim) second-moment matrix, the same
    right singular vectors an SVD of the sample gives, at a fraction of the cost (an SVD
    of 20,000 × 896 took 25 s on 2 cores; this takes well under one).
    """
    sample = np.asarray(sample, dtype=np.float64)
    values, vectors = np.linalg.eigh(sample.T @ sample)
    order = np.argsort(-values, kind="stable")[:dims]
    return np.ascontiguousarray(vectors[:, order], dtype=np.float32)


class VectorIndex:
    """Cosine HNSW index, optionally over a linear projection of the vectors.

    ``dtype`` "f16" halves memory at no measurable recall cost; "i8" quarters it and suits a
    first-stage index whose candidates are re-scored exactly.

    With ``bias_dim`` > 0 the index ranks by inner product plus ``bias · weights`` instead: each
    vector carries ``bias_dim`` bias values given to :meth:`add`, and each query weighs them
    with the ``bias_weights`` given to :meth:`search`. The engine uses it to find the best of
    ``cos − hub/2`` with the hubness against the query's language (its CSLS score) rather
    than of the cosine alone (see engine.py).
    """

    def __init__(
        self,
        dim: int,
        dtype: str = "f16",
        connectivity: int = 16,
        expansion_add: int = 128,
        expansion_search: int = 96,
        projection: np.ndarray | None = None,
        bias_dim: int = 0,
    ) -> None:
        from usearch.index import Index

        self.dim, self.projection, self.bias_dim = dim, projection, bias_dim
        self._settings = {"dim": dim, "dtype": dtype, "connectivity": connectivity}
        self._settings.update(expansion_search=expansion_search, bias_dim=bias_dim)
        ndim = dim if projection is None else projection.shape[1]
        self._index = Index(
            ndim=ndim + bias_dim,
            metric="ip" if bias_dim else "cos",
            dtype=dtype,
            connectivity=connectivity,
            expansion_add=expansion_add,
            expansion_search=expansion_search,
        )

    def __len__(self) -> int:
        return len(self._index)

    def __contains__(self, key: int) -> bool:
        return bool(self._index.contains(int(key)))

    @property
    def memory_bytes(self) -> int:
        return int(self._index.memory_usage)

    def set_expansion_search(self, value: int) -> None:
        self._index.expansion_search = value
        self._settings["expansion_search"] = value

    def add(self, keys: np.ndarray, vectors: np.ndarray, bias: np.ndarray | None = None) -> None:
        """Insert or replace vectors (an existing key is updated); ``bias`` if bias_dim."""
        keys = np.asarray(keys, dtype=np.uint64).reshape(-1)
        if len(keys) == 0:
            return
        self.remove(keys)
        vectors = np.asarray(vectors, dtype=np.float32).reshape(len(keys), self.dim)
        self._index.add(keys, self._project(vectors, bias))

    def _project(self, vectors: np.ndarray, bias: np.ndarray | None) -> np.ndarray:
        projected = vectors if self.projection is None else vectors @ self.projection
        if not self.bias_dim:
            return projected
        if bias is None:
            raise ValueError(f"this index needs {self.bias_dim} bias values for every vector")
        columns = np.asarray(bias, dtype=np.float32).reshape(len(projected), self.bias_dim)
        return np.hstack([projected, columns]).astype(np.float32)

    def remove(self, keys: np.ndarray) -> None:
        keys = np.asarray(keys, dtype=np.uint64).reshape(-1)
        if len(keys) == 0 or len(self) == 0:
            return
        present = keys[np.asarray(self._index.contains(keys), dtype=bool).reshape(-1)]
        if len(present):
            self._index.remove(np.unique(present))

    def search(
        self, vector: np.ndarray, count: int, bias_weights: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """(keys, similarities) of the nearest vectors, best first (cosine, or ip + bias).

        ``bias_weights`` (default: all ones) weigh the vectors' bias values for this query.
        """
        if len(self) == 0 or count <= 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        vector = np.asarray(vector, dtype=np.float32).reshape(1, self.dim)
        weights = np.ones(self.bias_dim) if bias_weights is None else bias_weights
        vector = self._project(vector, weights)[0]
        matches = self._index.search(vector, min(count, len(self)))
        keys = np.asarray(matches.keys, dtype=np.int64)
        return keys, (1.0 - np.asarray(matches.distances, dtype=np.float32))

    def save(self, directory: str | Path) -> None:
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        self._index.save(str(directory / INDEX_FILE))
        (directory / META_FILE).write_text(json.dumps(self._settings))
        if self.projection is not None:
            np.save(directory / PROJECTION_FILE, self.projection)

    @classmethod
    def load(cls, directory: str | Path) -> VectorIndex:
        directory = Path(directory)
        settings = json.loads((directory / META_FILE).read_text())
        projection_path = directory / PROJECTION_FILE
        projection = np.load(projection_path) if projection_path.exists() else None
        index = cls(
            settings["dim"],
            settings["dtype"],
            settings["connectivity"],
            projection=projection,
            bias_dim=settings.get("bias_dim", 0),
        )
        index._index.load(str(directory / INDEX_FILE))
        # usearch does not keep the search breadth in its file; older saves lack it too.
        index.set_expansion_search(settings.get("expansion_search", 96))
        return index
