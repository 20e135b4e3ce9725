"""Row storage for the engine: listing metadata, raw and calibrated vectors, hubness.

Rows stay contiguous: removing a listing moves the last row into its place, so every matrix
operation runs over ``[:len(store)]`` without masks.

Two layouts for the two vector matrices (raw and calibrated):

* in memory, float32 (the default). Small corpora keep exactly the numbers they always had.
* mapped (:meth:`VectorStore.set_mapped`), float16 in unnamed temporary files mapped into
  memory. The engine switches to it above its exact-search limit. At 1M listings the two
  float32 matrices would take 7 GB; the files take 3.4 GB of disk, and the kernel caches what
  it can spare. float16 loses nothing real: the database stores vectors as float16.

In the mapped layout a query must not need those files in memory: ~2,000 candidate rows read
at random would, over many queries, pull the whole file in, and read from disk they cost
~100 ms. So the engine scores candidates on the ANN index's own int8 copy of their projected
vectors (``VectorIndex.stored_dots``), and reads only the best few hundred from the file.
"""

from __future__ import annotations

import mmap
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from duijie.matching.core.types import ListingDoc

MAPPED_DTYPE = np.float16
# Rows converted to float32 at a time when reading a mapped matrix (about 7 MB at 896 dims).
READ_BLOCK = 2048
# Hubness columns: against Chinese listings, against English listings.
HUB_COLUMNS = 2


def row_blocks(rows: np.ndarray, size: int) -> Iterator[np.ndarray]:
    """``rows`` in consecutive pieces of at most ``size``, so temporaries stay bounded."""
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


class MappedMatrix:
    """A float16 (capacity, dim) matrix in an unnamed temporary file, grown in place.

    The file has no name (``O_TMPFILE`` on Linux), so nothing is left behind when the
    process ends, however it ends. Growing extends the file and maps it again, with no copy.
    """

    def __init__(self, dim: int, directory: str | Path | None = None) -> None:
        if directory is not None:
            Path(directory).mkdir(parents=True, exist_ok=True)
        self.dim = dim
        self._file = tempfile.TemporaryFile(dir=directory)  # noqa: SIM115 - lives with the matrix
        self._map: mmap.mmap | None = None
        self.array = np.zeros((0, dim), dtype=MAPPED_DTYPE)

    def resize(self, capacity: int) -> None:
        size = capacity * self.dim * np.dtype(MAPPED_DTYPE).itemsize
        self._file.truncate(size)
        self._map = mmap.mmap(self._file.fileno(), size)
        # Candidate rows are read at random; read-ahead would only fill memory.
        _advise(self._map, "MADV_RANDOM")
        self.array = np.frombuffer(self._map, dtype=MAPPED_DTYPE).reshape(capacity, self.dim)

    def release(self) -> None:
        """Unmap every page from this process (their data stays in the file/page cache)."""
        if self._map is not None:
            _advise(self._map, "MADV_DONTNEED")

    def evict(self) -> None:
        """Also drop the file's pages from the page cache, as after a restart (benchmarks)."""
        if self._map is not None:
            self._map.flush()
            self.release()
            os.posix_fadvise(self._file.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)

    @property
    def region(self) -> tuple[int, int]:
        """(address, bytes) of the mapping, for measuring how much of it is resident."""
        return self.array.ctypes.data, self.array.nbytes


def _advise(region: mmap.mmap, name: str) -> None:
    if hasattr(mmap, name) and hasattr(region, "madvise"):
        region.madvise(getattr(mmap, name))


class VectorStore:
    """Listings by id with raw and calibrated vectors, language shares and hubness.

    ``stale[row]`` says the raw vector changed since the row was calibrated; ``hub[row]``
    holds the row's hubness against Chinese and against English listings (two columns,
    see scoring.semantic_scores), NaN until measured. Both move with their row.
    """

    def __init__(self, dim: int, directory: str | Path | None = None) -> None:
        self.dim = dim
        self.directory = directory  # where mapped files go; None: the system temp directory
        self.docs: dict[int, ListingDoc] = {}
        self.row_of: dict[int, int] = {}
        self.ids = np.zeros(0, dtype=np.int64)
        self.zh_share = np.zeros(0, dtype=np.float32)
        self.hub = np.zeros((0, HUB_COLUMNS), dtype=np.float32)
        self.stale = np.zeros(0, dtype=bool)
        self.raw = np.zeros((0, dim), dtype=np.float32)
        self.calibrated = np.zeros((0, dim), dtype=np.float32)
        self._maps: dict[str, MappedMatrix] = {}

    def __len__(self) -> int:
        return len(self.docs)

    @property
    def mapped(self) -> bool:
        return bool(self._maps)

    def put(self, doc: ListingDoc, raw: np.ndarray, zh_share: float) -> int:
        """Insert or replace ``doc``; returns its row (to be calibrated and measured again)."""
        row = self.row_of.get(doc.id)
        if row is None:
            row = self._append_row()
            self.row_of[doc.id] = row
        self.docs[doc.id] = doc
        self.ids[row], self.raw[row], self.zh_share[row] = doc.id, raw, zh_share
        self.stale[row], self.hub[row] = True, np.nan
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

    def reserve(self, count: int) -> None:
        """Make room for ``count`` rows (one growth for a bulk load, geometric for chunks)."""
        if count > len(self.ids):
            self._grow(max(count, len(self.ids) + len(self.ids) // 4))

    # ----- reading vectors -----
    def rows(self, matrix: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """``matrix[rows]`` as float32 (a copy, as fancy indexing always is)."""
        return np.asarray(matrix[np.asarray(rows, dtype=np.int64)], dtype=np.float32)

    def dot(self, rows: np.ndarray, vector: np.ndarray) -> np.ndarray:
        """Calibrated vectors of ``rows`` times ``vector``; float16 rows are read in blocks."""
        if not self.mapped:
            return self.calibrated[rows] @ vector
        parts = [
            self.rows(self.calibrated, block) @ vector for block in row_blocks(rows, READ_BLOCK)
        ]
        return np.concatenate(parts) if parts else np.zeros(0, dtype=np.float32)

    # ----- layout -----
    def set_mapped(self, mapped: bool) -> None:
        """Switch both matrices between float32 in memory and float16 in mapped files."""
        if mapped == self.mapped:
            return
        if not len(self.ids):
            self._grow(16)  # a mapping cannot be empty
        size, capacity = len(self), len(self.ids)
        if mapped:
            self._maps = {"raw": MappedMatrix(self.dim, self.directory)}
            self._maps["calibrated"] = MappedMatrix(self.dim, self.directory)
            for matrix in self._maps.values():
                matrix.resize(capacity)
            new_raw, new_calibrated = self._maps["raw"].array, self._maps["calibrated"].array
        else:
            self._maps = {}
            new_raw = np.zeros((capacity, self.dim), dtype=np.float32)
            new_calibrated = np.zeros((capacity, self.dim), dtype=np.float32)
        for block in row_blocks(np.arange(size), 65_536):
            new_raw[block] = self.raw[block]
            new_calibrated[block] = self.calibrated[block]
        self.raw, self.calibrated = new_raw, new_calibrated

    def release(self) -> None:
        """Drop mapped pages from resident memory after a pass over every row."""
        for matrix in self._maps.values():
            matrix.release()

    def evict(self) -> None:
        """Mapped pages out of memory and page cache: the worst case for the next queries."""
        for matrix in self._maps.values():
            matrix.evict()

    def mapped_regions(self) -> list[tuple[int, int]]:
        return [matrix.region for matrix in self._maps.values()]

    def memory_bytes(self) -> int:
        """Bytes of vector data held in process memory (mapped matrices not counted)."""
        arrays = [self.ids, self.zh_share, self.hub, self.stale]
        if not self.mapped:
            arrays += [self.raw, self.calibrated]
        return sum(a.nbytes for a in arrays)

    # ----- rows -----
    def _move(self, source: int, target: int) -> None:
        columns = (self.ids, self.raw, self.calibrated, self.zh_share, self.hub, self.stale)
        for column in columns:
            column[target] = column[source]
        self.row_of[int(self.ids[target])] = target

    def _append_row(self) -> int:
        row = len(self.docs)
        if row >= len(self.ids):
            self._grow(max(16, 2 * len(self.ids)))
        return row

    def _grow(self, capacity: int) -> None:
        self.ids = np.resize(self.ids, capacity)
        self.zh_share = np.resize(self.zh_share, capacity)
        self.hub = _grown(self.hub, capacity)
        self.stale = np.resize(self.stale, capacity)
        if self.mapped:
            for matrix in self._maps.values():
                matrix.resize(capacity)  # the file grows; existing rows stay where they are
            self.raw, self.calibrated = self._maps["raw"].array, self._maps["calibrated"].array
            return
        self.raw = _grown(self.raw, capacity)
        self.calibrated = _grown(self.calibrated, capacity)

    def _shrink(self, size: int) -> None:
        # Arrays keep their capacity; rows past ``size`` are simply ignored.
        self.ids[size:] = 0


def _grown(matrix: np.ndarray, capacity: int) -> np.ndarray:
    out = np.zeros((capacity, matrix.shape[1]), dtype=matrix.dtype)
    out[: len(matrix)] = matrix
    return out
