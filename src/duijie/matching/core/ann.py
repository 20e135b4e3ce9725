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
ROTATION_FILE = "rotation.npy"
# Stored vectors of a biased index are padded to this norm: a projected unit vector has norm
# at most 1 and each bias value (−hubness/2) lies in [−½, ½], so no vector is longer.
BIASED_NORM = np.sqrt(1.0 + 0.25 * 2)
# usearch stores an int8 coordinate as trunc(127 · x) of the normalised vector (checked by
# tests/matching/core/test_vectors_and_index.py); the middle of each truncation interval undoes it.
I8_SCALE = 127.0


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
    than of the cosine alone (see engine.py). usearch normalises every vector it quantises
    to int8, whatever the metric, which would rescale each score by its vector's length; so
    stored vectors get one more coordinate that pads them all to the same length
    (``BIASED_NORM``; the query has 0 there), and the inner product keeps its order. Padding
    is the usual reduction of maximum inner product search to nearest neighbour search.

    An "i8" index also turns the vectors by a fixed random rotation first. Principal
    coordinates have very unequal spreads (variance ∝ 1/i), and int8's one scale for all of
    them left the smaller ones a few levels each; rotated, every coordinate has the same
    spread and the inner product is unchanged. At 1M listings both together raised the share
    of the engine's exact top 10 among 2,000 candidates from 0.93 to 0.986.
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
        rotation: np.ndarray | None = None,
    ) -> None:
        # usearch is needed only above EXACT_LIMIT, when the ANN index is built.
        from usearch.index import Index

        self.dim, self.projection, self.bias_dim = dim, projection, bias_dim
        self._settings = {"dim": dim, "dtype": dtype, "connectivity": connectivity}
        self._settings.update(expansion_search=expansion_search, bias_dim=bias_dim)
        ndim = dim if projection is None else projection.shape[1]
        ndim += bias_dim + 1 if bias_dim else 0  # bias values, then the padding coordinate
        self.rotation = rotation if rotation is not None or dtype != "i8" else _rotation(ndim)
        self._settings["rotated"] = self.rotation is not None
        self._index = Index(
            ndim=ndim,
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
    def _numpy_dtype(self) -> type:
        return {"i8": np.int8, "f16": np.float16, "f32": np.float32}[self._settings["dtype"]]

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

    def _project(
        self, vectors: np.ndarray, bias: np.ndarray | None, query: bool = False
    ) -> np.ndarray:
        """What usearch stores (or is asked): projected, biased and padded, rotated."""
        projected = vectors if self.projection is None else vectors @ self.projection
        if self.bias_dim:
            projected = self._with_bias(projected, bias, query)
        if self.rotation is not None:
            projected = projected @ self.rotation
        return np.ascontiguousarray(projected, dtype=np.float32)

    def _with_bias(self, projected: np.ndarray, bias: np.ndarray | None, query: bool) -> np.ndarray:
        if bias is None:
            raise ValueError(f"this index needs {self.bias_dim} bias values for every vector")
        columns = np.asarray(bias, dtype=np.float32).reshape(len(projected), self.bias_dim)
        joined = np.hstack([projected, columns])
        if query:
            return np.hstack([joined, np.zeros((len(joined), 1), dtype=np.float32)])
        room = np.maximum(BIASED_NORM**2 - np.einsum("ij,ij->i", joined, joined), 0.0)
        return np.hstack([joined, np.sqrt(room)[:, None]])

    def holds(self, keys: np.ndarray) -> np.ndarray:
        """Whether each key is in the index, as a boolean array."""
        keys = np.asarray(keys, dtype=np.uint64).reshape(-1)
        if len(keys) == 0 or len(self) == 0:
            return np.zeros(len(keys), dtype=bool)
        return np.asarray(self._index.contains(keys), dtype=bool).reshape(-1)

    def remove(self, keys: np.ndarray) -> None:
        keys = np.asarray(keys, dtype=np.uint64).reshape(-1)
        present = keys[self.holds(keys)]
        if len(present):
            self._index.remove(np.unique(present))

    def search(
        self,
        vector: np.ndarray,
        count: int,
        bias_weights: np.ndarray | None = None,
        exact: bool = False,
    ) -> tuple[np.ndarray, np.ndarray]:
        """(keys, similarities) of the nearest vectors, best first (cosine, or ip + bias).

        ``bias_weights`` (default: all ones) weigh the vectors' bias values for this query.
        ``exact`` compares the query with every stored vector instead of walking the graph.
        """
        if len(self) == 0 or count <= 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        vector = np.asarray(vector, dtype=np.float32).reshape(1, self.dim)
        weights = np.ones(self.bias_dim) if bias_weights is None else bias_weights
        vector = self._project(vector, weights, query=True)[0]
        matches = self._index.search(vector, min(count, len(self)), exact=exact)
        keys = np.asarray(matches.keys, dtype=np.int64)
        return keys, (1.0 - np.asarray(matches.distances, dtype=np.float32))

    def stored_dots(self, keys: np.ndarray, vector: np.ndarray) -> np.ndarray:
        """``vector`` · each key's vector as the index holds it (projected and quantised).

        Lets the engine score candidates without another copy of the corpus: every key must
        be in a biased index (its stored vectors have the known length ``BIASED_NORM``).
        The error against the projected float32 product is σ ≈ 0.003 for int8.
        """
        if not self.bias_dim:
            raise ValueError("only a biased index keeps the length of its vectors")
        keys = np.asarray(keys, dtype=np.uint64).reshape(-1)
        if len(keys) == 0:
            return np.zeros(0, dtype=np.float32)
        vector = np.asarray(vector, dtype=np.float32).reshape(1, self.dim)
        query = self._project(vector, np.zeros(self.bias_dim), query=True)[0]
        stored = self._stored(keys)
        if self._settings["dtype"] != "i8":
            return (stored @ query).astype(np.float32)
        # Each code c stands for the middle of its interval, (c + sign(c)/2) / 127.
        dots = stored @ query + 0.5 * (np.sign(stored) @ query)
        return (dots * (BIASED_NORM / I8_SCALE)).astype(np.float32)

    def _stored(self, keys: np.ndarray) -> np.ndarray:
        """The stored codes of ``keys`` as one (n, ndim) array, in usearch's own dtype.

        Calls usearch's compiled lookup directly: its public ``get`` wraps every row in a
        numpy view, which took 4 ms of a query's ~20 ms for 2,000 candidates (this: 1 ms).
        """
        rows = self._index._compiled.get_many(keys, self._index.dtype)
        return np.frombuffer(b"".join(rows), dtype=self._numpy_dtype).reshape(len(keys), -1)

    def save(self, directory: str | Path) -> None:
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        self._index.save(str(directory / INDEX_FILE))
        (directory / META_FILE).write_text(json.dumps(self._settings))
        if self.projection is not None:
            np.save(directory / PROJECTION_FILE, self.projection)
        if self.rotation is not None:
            np.save(directory / ROTATION_FILE, self.rotation)

    @classmethod
    def load(cls, directory: str | Path) -> VectorIndex:
        directory = Path(directory)
        settings = json.loads((directory / META_FILE).read_text())
        projection_path = directory / PROJECTION_FILE
        projection = np.load(projection_path) if projection_path.exists() else None
        rotation_path = directory / ROTATION_FILE
        rotation = np.load(rotation_path) if rotation_path.exists() else None
        index = cls(
            settings["dim"],
            settings["dtype"],
            settings["connectivity"],
            projection=projection,
            bias_dim=settings.get("bias_dim", 0),
            rotation=rotation,
        )
        if not settings.get("rotated"):  # saved before int8 indexes were rotated
            index.rotation, index._settings["rotated"] = None, False
        index._index.load(str(directory / INDEX_FILE))
        # usearch does not keep the search breadth in its file; older saves lack it too.
        index.set_expansion_search(settings.get("expansion_search", 96))
        return index


def _rotation(dim: int) -> np.ndarray:
    """A fixed random orthogonal matrix (saved with the index, so never regenerated)."""
    normal = np.random.default_rng(dim).normal(size=(dim, dim))
    return np.linalg.qr(normal)[0].astype(np.float32)
