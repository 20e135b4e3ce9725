"""Dense representation: several encoders fused into one vector, calibrated on the corpus.

A stored ("raw") vector is the concatenation of each encoder's unit vector. Before scoring,
each block is centred on the mean of its language in the corpus and re-normalised: the
multilingual encoders put a strong "which language is this" direction into every vector,
and removing it is what lets a Chinese need find an English offer rather than a Chinese
near miss. Each block is then scaled by the square root of its weight, so the dot product
of two calibrated vectors is the weighted sum of the encoders' cosines.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from duijie.matching.core.encoders import E5_NAME, USE_NAME, Encoder, load_encoder

DEFAULT_ENCODERS: tuple[tuple[str, float], ...] = ((USE_NAME, 0.5), (E5_NAME, 0.5))
# A language mean from few listings is noisy; it is pulled towards the corpus mean as if
# this many listings of the corpus mean had been seen too.
MEAN_PRIOR_COUNT = 20.0


@dataclass(frozen=True)
class Calibration:
    """Per-language mean raw vectors (zh, en) that calibrated vectors are centred on."""

    mean_zh: np.ndarray
    mean_en: np.ndarray

    def mean_for(self, zh_share: np.ndarray) -> np.ndarray:
        """Mixed-language texts are centred on the mix of both means."""
        share = np.asarray(zh_share, dtype=np.float32).reshape(-1, 1)
        return share * self.mean_zh + (1 - share) * self.mean_en


def fit_calibration(raw: np.ndarray, zh_share: np.ndarray) -> Calibration | None:
    """Shrunken per-language means of the corpus; None for an empty corpus."""
    if len(raw) == 0:
        return None
    share = np.asarray(zh_share, dtype=np.float32).reshape(-1, 1)
    overall = raw.mean(axis=0)
    mean_zh = _shrunk_mean(raw, share, overall)
    mean_en = _shrunk_mean(raw, 1 - share, overall)
    return Calibration(mean_zh.astype(np.float32), mean_en.astype(np.float32))


def fit_calibration_in_blocks(
    blocks: Iterable[tuple[np.ndarray, np.ndarray]],
) -> Calibration | None:
    """:func:`fit_calibration` over (raw, zh_share) row blocks, with float64 sums.

    For corpora too large to hold as one float32 matrix; the result agrees with
    :func:`fit_calibration` to float32 rounding.
    """
    count, share_sum = 0, 0.0
    total = zh_total = None
    for raw, zh_share in blocks:
        raw = np.asarray(raw, dtype=np.float32)
        share = np.asarray(zh_share, dtype=np.float32).reshape(-1)
        # float32 within a block (BLAS), float64 across blocks.
        block_total = raw.sum(axis=0, dtype=np.float64)
        weighted = (share @ raw).astype(np.float64)
        total = block_total if total is None else total + block_total
        zh_total = weighted if zh_total is None else zh_total + weighted
        count, share_sum = count + len(raw), share_sum + float(share.sum(dtype=np.float64))
    if not count or total is None or zh_total is None:
        return None
    prior = MEAN_PRIOR_COUNT * total / count
    mean_zh = (zh_total + prior) / (share_sum + MEAN_PRIOR_COUNT)
    mean_en = (total - zh_total + prior) / (count - share_sum + MEAN_PRIOR_COUNT)
    return Calibration(mean_zh.astype(np.float32), mean_en.astype(np.float32))


def _shrunk_mean(raw: np.ndarray, weight: np.ndarray, prior: np.ndarray) -> np.ndarray:
    total = (weight * raw).sum(axis=0) + MEAN_PRIOR_COUNT * prior
    return total / (weight.sum() + MEAN_PRIOR_COUNT)


class DenseModel:
    """The encoder stack: encodes texts to raw vectors and calibrates them for scoring."""

    def __init__(self, encoders: Sequence[tuple[str, float]] = DEFAULT_ENCODERS) -> None:
        total = sum(weight for _, weight in encoders)
        self.spec = tuple((name, weight / total) for name, weight in encoders)
        self._encoders: list[Encoder] | None = None

    @property
    def signature(self) -> str:
        """Names and weights; vectors made under another signature must be re-encoded."""
        return "+".join(f"{name}:{weight:.3f}" for name, weight in self.spec)

    @property
    def encoders(self) -> list[Encoder]:
        if self._encoders is None:
            self._encoders = [load_encoder(name) for name, _ in self.spec]
        return self._encoders

    @property
    def dims(self) -> list[int]:
        return [encoder.dim for encoder in self.encoders]

    @property
    def dim(self) -> int:
        return sum(self.dims)

    def encode_docs(self, texts: Sequence[str]) -> np.ndarray:
        return np.hstack([e.encode_docs(texts) for e in self.encoders]).astype(np.float32)

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        return np.hstack([e.encode_queries(texts) for e in self.encoders]).astype(np.float32)

    def calibrate(
        self, raw: np.ndarray, zh_share: np.ndarray, calibration: Calibration | None
    ) -> np.ndarray:
        """Centre, re-normalise and weight each encoder block; rows end up unit length."""
        raw = np.asarray(raw, dtype=np.float32).reshape(-1, self.dim)
        if calibration is not None:
            raw = raw - calibration.mean_for(zh_share)
        blocks, start = [], 0
        for dim, (_, weight) in zip(self.dims, self.spec, strict=True):
            blocks.append(_unit(raw[:, start : start + dim]) * np.float32(np.sqrt(weight)))
            start += dim
        return np.hstack(blocks)


def _unit(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.maximum(norms, 1e-12)
