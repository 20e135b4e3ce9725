"""Saving an engine's corpus to a directory and loading it back without re-encoding.

The database stays the source of truth; this is a warm-start cache for a worker process.
Besides listings and raw vectors it keeps what is slow to recompute at scale: the language
means, the hubness of every listing and, above the exact-search limit, the ANN index. At 1M
listings these take minutes to rebuild and seconds to read back. Calibrated vectors are not
saved: they follow exactly from the raw vectors and the saved means.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import shutil
import zipfile
from datetime import date
from pathlib import Path

import numpy as np

from duijie.matching.core.ann import VectorIndex
from duijie.matching.core.dense import Calibration
from duijie.matching.core.engine import EngineConfig, MatchEngine
from duijie.matching.core.types import ListingDoc

DOCS_FILE = "listings.jsonl"
VECTORS_FILE = "vectors.npy"
META_FILE = "engine.json"
DENSE_FILE = "dense.npz"
ANN_DIR = "ann"
# Listings added per call when loading, so at most this many vectors are float32 at once.
LOAD_BLOCK = 50_000
# A damaged derived-state file only costs the time to recompute it.
DAMAGED = (OSError, ValueError, KeyError, EOFError, RuntimeError, zipfile.BadZipFile)


def _doc_to_json(doc: ListingDoc) -> str:
    row = dataclasses.asdict(doc)
    row["expires_on"] = doc.expires_on.isoformat() if doc.expires_on else None
    return json.dumps(row, ensure_ascii=False)


def _doc_from_json(line: str) -> ListingDoc:
    row = json.loads(line)
    if "public" not in row:  # saved before listings carried their audience: not trusted
        raise ValueError("saved listings lack their audience")
    row["sectors"], row["keywords"] = tuple(row["sectors"]), tuple(row["keywords"])
    row["expires_on"] = date.fromisoformat(row["expires_on"]) if row["expires_on"] else None
    return ListingDoc(**row)


def save_engine(engine: MatchEngine, directory: str | Path) -> None:
    """Write listings, raw vectors, the encoder signature and the derived dense state.

    Raw vectors are written as the engine holds them: float32 for a small corpus, float16
    above the exact-search limit.
    """
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    store, size = engine.store, len(engine)
    if size:
        engine._prepare()  # so what is saved is complete and every loader can skip the work
    docs = [store.docs[int(i)] for i in store.ids[:size]]
    (directory / DOCS_FILE).write_text("".join(_doc_to_json(d) + "\n" for d in docs), "utf-8")
    np.save(directory / VECTORS_FILE, store.raw[:size])
    meta = {"signature": engine.dense.signature, "count": size, "dense": False, "ann": False}
    if size:
        meta.update(_save_dense(engine, directory))
    (directory / META_FILE).write_text(json.dumps(meta))
    store.release()


def _save_dense(engine: MatchEngine, directory: Path) -> dict[str, bool]:
    calibration, size = engine._calibration, len(engine)
    arrays = {
        "ids": engine.store.ids[:size],
        "hub": engine.store.hub[:size],
        "fresh": np.array(sorted(engine._fresh), dtype=np.int64),
        "calibrated_size": np.array(engine._calibrated_size),
    }
    if calibration is not None:
        arrays.update(mean_zh=calibration.mean_zh, mean_en=calibration.mean_en)
    np.savez(directory / DENSE_FILE, **arrays)
    shutil.rmtree(directory / ANN_DIR, ignore_errors=True)  # never pair an old index
    if engine._ann is not None:
        engine._ann.save(directory / ANN_DIR)
    return {"dense": True, "ann": engine._ann is not None}


def load_engine(directory: str | Path, config: EngineConfig | None = None) -> MatchEngine:
    """An engine holding what :func:`save_engine` wrote; refuses vectors of other encoders."""
    directory = Path(directory)
    engine = MatchEngine(config)
    meta = json.loads((directory / META_FILE).read_text())
    if meta["signature"] != engine.dense.signature:
        raise ValueError(
            f"index built with {meta['signature']}, engine uses {engine.dense.signature}"
        )
    lines = (directory / DOCS_FILE).read_text("utf-8").splitlines()
    docs = [_doc_from_json(line) for line in lines]
    if not docs:
        return engine
    vectors = np.load(directory / VECTORS_FILE, mmap_mode="r")  # read block by block
    engine._reserve(len(docs))
    for start in range(0, len(docs), LOAD_BLOCK):
        engine.add(docs[start : start + LOAD_BLOCK], vectors[start : start + LOAD_BLOCK])
    if meta.get("dense"):
        # Without it the engine recomputes means, hubness and index at its first query.
        with contextlib.suppress(DAMAGED):
            _restore_dense(engine, directory, bool(meta.get("ann")))
    return engine


def _restore_dense(engine: MatchEngine, directory: Path, has_ann: bool) -> None:
    """Put back means, hubness and ANN index; anything that does not fit is recomputed."""
    store, size = engine.store, len(engine)
    with np.load(directory / DENSE_FILE) as saved:
        if not np.array_equal(saved["ids"], store.ids[:size]) or "mean_zh" not in saved:
            return
        if saved["hub"].shape != store.hub[:size].shape:  # saved before hubness per language
            return
        saved = {key: saved[key] for key in saved.files}
    ann = VectorIndex.load(directory / ANN_DIR) if has_ann else None
    if ann is not None and not ann.bias_dim:  # saved before the index ranked with hubness
        ann = None  # candidates are scored on the index's copy, which needs its bias and padding
    engine._calibration = Calibration(saved["mean_zh"], saved["mean_en"])
    engine._calibrated_size = int(saved["calibrated_size"])
    store.hub[:size] = saved["hub"]
    # Rows stay stale: calibrating them again is exact and quick.
    engine._fresh, engine._ann = set(saved["fresh"].tolist()), ann
