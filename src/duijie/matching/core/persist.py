"""Saving an engine's corpus to a directory and loading it back without re-encoding.

The database stays the source of truth; this is a warm-start cache for a worker process.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import Path

import numpy as np

from duijie.matching.core.engine import EngineConfig, MatchEngine
from duijie.matching.core.types import ListingDoc

DOCS_FILE = "listings.jsonl"
VECTORS_FILE = "vectors.npy"
META_FILE = "engine.json"


def _doc_to_json(doc: ListingDoc) -> str:
    row = dataclasses.asdict(doc)
    row["expires_on"] = doc.expires_on.isoformat() if doc.expires_on else None
    return json.dumps(row, ensure_ascii=False)


def _doc_from_json(line: str) -> ListingDoc:
    row = json.loads(line)
    row["sectors"], row["keywords"] = tuple(row["sectors"]), tuple(row["keywords"])
    row["expires_on"] = date.fromisoformat(row["expires_on"]) if row["expires_on"] else None
    return ListingDoc(**row)


def save_engine(engine: MatchEngine, directory: str | Path) -> None:
    """Write listings, raw vectors and the encoder signature to ``directory``."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    store, size = engine.store, len(engine)
    docs = [store.docs[int(i)] for i in store.ids[:size]]
    (directory / DOCS_FILE).write_text("".join(_doc_to_json(d) + "\n" for d in docs), "utf-8")
    np.save(directory / VECTORS_FILE, store.raw[:size])
    meta = {"signature": engine.dense.signature, "count": size}
    (directory / META_FILE).write_text(json.dumps(meta))


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
    engine.add([_doc_from_json(line) for line in lines], np.load(directory / VECTORS_FILE))
    return engine
