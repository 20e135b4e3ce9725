"""The engine each process holds, kept in step with the vectors stored in the database.

The database is the only copy of anything: `store_vectors` encodes listings and saves their
vectors in `ListingVector`; every process builds its engine from those rows and catches up on
rows changed since it last looked, so web processes and workers stay stateless.
"""

from __future__ import annotations

import datetime
import json
import logging
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np
from django.conf import settings
from django.utils import timezone

from duijie.directory.models import Organisation
from duijie.listings.domain.queries import published_listings
from duijie.listings.models import Listing
from duijie.matching.core.ann import vector_from_bytes, vector_to_bytes
from duijie.matching.core.engine import EngineConfig, MatchEngine
from duijie.matching.core.persist import load_engine, save_engine
from duijie.matching.domain.documents import content_hash, listing_doc, with_relations
from duijie.matching.models import ListingVector

LOAD_CHUNK = 2000
# Seconds between full comparisons of the engine with every published listing; in between,
# each query only looks at listings saved since the last one.
FULL_SYNC_SECONDS = 600
SYNC_FILE = "sync.json"
logger = logging.getLogger(__name__)
_lock = threading.RLock()
_state: dict = {"engine": None, "synced_at": None, "full_sync_at": None, "ids": frozenset()}


def _engine() -> MatchEngine:
    if _state["engine"] is None:
        _state["engine"] = _warm_start() or MatchEngine(_config())
    return _state["engine"]


def _config() -> EngineConfig:
    # Above 50k listings the engine memory-maps its vectors: keep those files on the data
    # disk next to the saved index, not in /tmp (tmpfs on some systems, i.e. memory again).
    return EngineConfig(vector_dir=str(settings.MATCHING_INDEX_DIR))


def _warm_start() -> MatchEngine | None:
    """Load the engine `duijie reindex` saved in the data directory, if it is still usable.

    Anything wrong with the files (missing, other encoders, corrupt) means a cold start from
    the database, which is always correct, only slower.
    """
    directory = Path(settings.MATCHING_INDEX_DIR)
    try:
        sync = json.loads((directory / SYNC_FILE).read_text())
        engine = load_engine(directory, _config())
    except (OSError, ValueError, KeyError) as error:
        logger.debug("matching index: cold start from the database (%s)", error)
        return None
    _state.update(synced_at=datetime.datetime.fromisoformat(sync["synced_at"]))
    _state.update(ids=frozenset(sync["ids"]))
    return engine


def save_index() -> Path:
    """Write this process's engine and its sync point to the data directory for warm starts."""
    with _lock:
        engine = current_engine()
        directory = Path(settings.MATCHING_INDEX_DIR)
        save_engine(engine, directory)
        sync = {"synced_at": _state["synced_at"].isoformat(), "ids": sorted(_state["ids"])}
        (directory / SYNC_FILE).write_text(json.dumps(sync))
    return directory


def store_vectors(listings: Sequence[Listing]) -> int:
    """Save listings' vectors, encoding only changed text; returns how many were encoded.

    Every row given is saved, so other processes also reload metadata (sectors, TRL, expiry)
    that changed without the text changing.
    """
    engine = _engine()
    signature = engine.dense.signature
    docs = [listing_doc(listing) for listing in listings]
    stored = ListingVector.objects.filter(listing__in=[doc.id for doc in docs])
    rows = {row.listing_id: row for row in stored}
    stale = [doc for doc in docs if _is_stale(rows.get(doc.id), doc, signature)]
    vectors = dict(zip([d.id for d in stale], engine.encode(stale), strict=True)) if stale else {}
    for doc in docs:
        _save_vector(doc, rows.get(doc.id), vectors.get(doc.id), signature)
    return len(stale)


def _is_stale(row: ListingVector | None, doc, signature: str) -> bool:
    return row is None or row.signature != signature or row.content_hash != content_hash(doc)


def _save_vector(doc, row: ListingVector | None, vector, signature: str) -> None:
    if vector is None:
        row.save(update_fields=["updated_at"])
        return
    ListingVector.objects.update_or_create(
        listing_id=doc.id,
        defaults={
            "signature": signature,
            "content_hash": content_hash(doc),
            "vector": vector_to_bytes(vector),
        },
    )


def current_engine() -> MatchEngine:
    """This process's engine, caught up with the database."""
    with _lock:
        engine = _engine()
        _sync(engine)
        return engine


def _sync(engine: MatchEngine) -> None:
    """Catch up with the database: only what changed since the last sync, mostly."""
    started = timezone.now()
    if _needs_full_sync(started):
        _sync_all(engine)
        _state.update(full_sync_at=started)
    else:
        _sync_changed(engine, _state["synced_at"])
    _state.update(synced_at=started)


def _needs_full_sync(now: datetime.datetime) -> bool:
    # A full pass reads every published id (a second at 1M listings), so it runs at start,
    # when the date changes (listings expire without being saved) and as a periodic check.
    last = _state.get("full_sync_at")
    if last is None or _state["synced_at"] is None:
        return True
    stale = (now - last).total_seconds() > FULL_SYNC_SECONDS
    return stale or timezone.localdate(now) != timezone.localdate(last)


def _live(engine: MatchEngine, among: set[int] | None = None) -> set[int]:
    """Published listings that have a vector of the engine's encoders (``among`` these)."""
    current = ListingVector.objects.filter(signature=engine.dense.signature)
    queryset = published_listings().filter(pk__in=current.values("listing_id"))
    if among is not None:
        queryset = queryset.filter(pk__in=among)
    return set(queryset.values_list("pk", flat=True))


def _sync_all(engine: MatchEngine) -> None:
    """Load listings new or changed since the last sync; drop those no longer published."""
    live = _live(engine)
    engine.remove([doc_id for doc_id in _state["ids"] if doc_id not in live])
    to_load = live - _state["ids"]
    if _state["synced_at"] is not None:
        to_load |= live & _changed_since(engine, _state["synced_at"])
    _load(engine, to_load)
    _state.update(ids=frozenset(live))


def _sync_changed(engine: MatchEngine, since: datetime.datetime) -> None:
    """Listings saved, or given a new vector, since ``since``: load or drop each."""
    changed = _changed_since(engine, since)
    if not changed:
        return
    live = _live(engine, changed)
    engine.remove(sorted(changed - live))
    _load(engine, live)
    _state.update(ids=frozenset((_state["ids"] - changed) | live))


def _changed_since(engine: MatchEngine, since: datetime.datetime) -> set[int]:
    """Listings whose row, vector or organisation (country, type: rules use them) changed."""
    vectors = ListingVector.objects.filter(signature=engine.dense.signature)
    changed = set(vectors.filter(updated_at__gte=since).values_list("listing_id", flat=True))
    changed |= set(Listing.objects.filter(updated_at__gte=since).values_list("pk", flat=True))
    # Two indexed lookups, not one OR over a join: organisations rarely change.
    orgs = list(Organisation.objects.filter(updated_at__gte=since).values_list("pk", flat=True))
    if orgs:
        of_orgs = Listing.objects.filter(organisation__in=orgs).values_list("pk", flat=True)
        changed |= set(of_orgs)
    return changed


def _load(engine: MatchEngine, listing_ids: Iterable[int]) -> None:
    ids = sorted(listing_ids)
    for start in range(0, len(ids), LOAD_CHUNK):
        chunk = Listing.objects.filter(pk__in=ids[start : start + LOAD_CHUNK])
        listings = list(with_relations(chunk).select_related("vector"))
        if listings:
            vectors = np.stack([vector_from_bytes(bytes(item.vector.vector)) for item in listings])
            engine.add([listing_doc(item) for item in listings], vectors)


def warm_engine() -> MatchEngine:
    """Load the encoders and catch up with the database now, before any visitor searches."""
    with _lock:  # a search arriving meanwhile waits instead of loading the models again
        engine = current_engine()
        engine.dense.encode_queries(["warm-up"])  # loads both models even into an empty engine
        engine.search("warm-up", limit=1)  # calibration, hubness and the ANN index
        _state["warm"] = True
        return engine


def is_warm() -> bool:
    """Whether this process has loaded its engine and models (asked by /readyz)."""
    return bool(_state.get("warm")) and _state["engine"] is not None


def warm_up() -> None:
    """Load the engine now; a failure is logged and the first search loads it instead."""
    from django.db import connections

    try:
        warm_engine()
    except Exception:  # a warm-up must never take a server down
        logger.exception("matching engine warm-up failed; the first search will load it")
    finally:
        connections.close_all()  # this thread's own connections, not the server's


def warm_up_in_background() -> threading.Thread:
    """Warm the engine in a thread: pages that do not search are served meanwhile."""
    thread = threading.Thread(target=warm_up, name="duijie-warm-up", daemon=True)
    thread.start()
    return thread


def reset_engine(*, forget_saved: bool = False) -> None:
    """Forget this process's engine (tests, or a reindex: then also ignore the saved one)."""
    with _lock:
        _state.update(engine=None, synced_at=None, full_sync_at=None, ids=frozenset(), warm=False)
        if forget_saved:
            (Path(settings.MATCHING_INDEX_DIR) / SYNC_FILE).unlink(missing_ok=True)
