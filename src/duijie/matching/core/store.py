"""Row storage for the engine: listing metadata plus raw and calibrated vectors.

Rows stay contiguous: removing a listing moves the last row into its place, so every matrix
operation runs over ``[:len(store)]`` without masks.
"""

from __future__ import annotations

import numpy as np

from duijie.matching.core.types import ListingDoc


class VectorStore:
    """Listings by id with their raw vectors (float32) and language shares."""

    def __init__(self, dim: int) -> None:
        self.dim = dim
        self.docs: dict[int, ListingDoc] = {}
        self.row_of: dict[int, int] = {}
        self.ids = np.zeros(0, dtype=np.int64)
        self.raw = np.zeros((0, dim), dtype=np.float32)
        self.zh_share = np.zeros(0, dtype=np.float32)

    def __len__(self) -> int:
        return len(self.docs)

    def put(self, doc: ListingDoc, raw: np.ndarray, zh_share: float) -> int:
        """Insert or replace ``doc``; returns its row."""
        row = self.row_of.get(doc.id)
        if row is None:
            row = self._append_row()
            self.row_of[doc.id] = row
        self.docs[doc.id] = doc
        self.ids[row], self.raw[row], self.zh_share[row] = doc.id, raw, zh_share
        return row

    def pop(self, doc_id: int) -> tuple[int, int] | None:
        """Remove ``doc_id``; returns (freed row, old row of the listing moved into it)."""
        row = self.row_of.pop(doc_id, None)
        if row is None:
            return None
        del self.docs[doc_id]
        last = len(self.docs)
        if row != last:
            self._move(last, row)
        self._shrink(last)
        return row, last

    def _move(self, source: int, target: int) -> None:
        self.ids[target], self.raw[target] = self.ids[source], self.raw[source]
        self.zh_share[target] = self.zh_share[source]
        self.row_of[int(self.ids[target])] = target

    def _append_row(self) -> int:
        row = len(self.docs)
        if row >= len(self.ids):
            self._grow(max(16, 2 * len(self.ids)))
        return row

    def _grow(self, capacity: int) -> None:
        self.ids = np.resize(self.ids, capacity)
        self.zh_share = np.resize(self.zh_share, capacity)
        raw = np.zeros((capacity, self.dim), dtype=np.float32)
        raw[: len(self.raw)] = self.raw
        self.raw = raw

    def _shrink(self, size: int) -> None:
        # Arrays keep their capacity; rows past ``size`` are simply ignored.
        self.ids[size:] = 0
