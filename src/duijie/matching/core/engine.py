"""The matching engine: listings in, ranked hits with reasons out.

Typical use by the domain layer::

    engine = MatchEngine()
    vectors = engine.encode([doc])            # persist each row with vector_to_bytes
    engine.add([doc], vectors)                # or engine.add([doc]) to encode inside
    engine.search("缺陷检测", today=today, visible=allowed_ids)
    engine.match(need_doc, today=today, visible=allowed_ids, prefer_cross_border=True)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np

from duijie.matching.core import bulk, rules
from duijie.matching.core.ann import VectorIndex
from duijie.matching.core.concepts import Mentions, shared_concepts
from duijie.matching.core.dense import DEFAULT_ENCODERS, Calibration, DenseModel
from duijie.matching.core.documents import doc_text, doc_zh_share, has_words
from duijie.matching.core.glossary import load_glossary
from duijie.matching.core.lexical import Analysis, LexicalIndex, analyse
from duijie.matching.core.normalise import MAX_QUERY_CHARS, cap_length, han_share, normalise_text
from duijie.matching.core.scoring import (
    Weights,
    combine,
    fit_pair_scale,
    language_mix,
    semantic_scores,
)
from duijie.matching.core.store import HUB_COLUMNS, VectorStore
from duijie.matching.core.types import NEED_KINDS, Filters, Hit, ListingDoc, Ranking, ScoreParts

__all__ = ["EngineConfig", "MatchEngine", "doc_text"]

# Recalibrate (language means, hubness) once the corpus has changed by this share.
RECALIBRATE_SHARE = 0.1
# Hubness is measured against at most this many listings, spread evenly over the corpus.
HUB_REFERENCE_SIZE = 5000
# Candidates re-ranked with metadata per round; doubled while rules reject too many.
FIRST_ROUND = 200
PAIR_SCALE_SAMPLE = 2000
# Above this many listings, dense candidates come from the ANN index instead of a full scan,
# and vectors are kept as float16 in memory-mapped files (see store.py).
EXACT_LIMIT = 50_000
ANN_CANDIDATES = 2000
ANN_DIM = 256
PROJECTION_SAMPLE = 20_000
LEXICAL_CANDIDATES = 200
# Listings added since the ANN index was built are re-scored exactly at every query; past
# this many they are added to the index, so a query's work stays bounded between rebuilds.
FRESH_LIMIT = 1000
# Above EXACT_LIMIT candidates are scored on the ANN index's own int8 copy of their
# projected vectors, and the best EXACT_RESCORE again from the mapped float16 rows.
EXACT_RESCORE = 200


@dataclass(frozen=True)
class EngineConfig:
    encoders: tuple[tuple[str, float], ...] = DEFAULT_ENCODERS
    weights: Weights = Weights()
    # Where memory-mapped vector files go above EXACT_LIMIT (None: the system temp directory).
    # It should be a disk, not tmpfs, or the mapped pages count against memory again.
    vector_dir: str | None = None


@dataclass
class _Query:
    vector: np.ndarray
    analysis: Analysis
    zh_share: float


class MatchEngine:
    """Holds listings, their vectors and the lexical index; answers search and match."""

    def __init__(self, config: EngineConfig | None = None) -> None:
        self.config = config or EngineConfig()
        self.dense = DenseModel(self.config.encoders)
        self._store: VectorStore | None = None
        self._mentions: dict[int, Mentions] = {}
        self._lexical = LexicalIndex()
        self._calibration: Calibration | None = None
        self._calibrated_size = 0
        self._ann: VectorIndex | None = None
        self._fresh: set[int] = set()  # ids added or changed since the ANN index was built
        self._ready = False

    # ----- corpus -----
    def __len__(self) -> int:
        return len(self._store) if self._store else 0

    def __contains__(self, doc_id: int) -> bool:
        return self._store is not None and doc_id in self._store.docs

    def get(self, doc_id: int) -> ListingDoc | None:
        return self._store.docs.get(doc_id) if self._store else None

    @property
    def store(self) -> VectorStore:
        if self._store is None:
            self._store = VectorStore(self.dense.dim, self.config.vector_dir)
        return self._store

    def _reserve(self, count: int) -> None:
        """Room for ``count`` listings; mapped float16 storage before a load crosses the limit.

        Switching before the rows arrive means a bulk load of 1M listings never holds them as
        float32 in memory, not even briefly.
        """
        if count > EXACT_LIMIT:
            self.store.set_mapped(True)
        self.store.reserve(count)

    def encode(self, docs: Sequence[ListingDoc]) -> np.ndarray:
        """Raw vectors (one row per listing) to persist; see ``vector_to_bytes``.

        Needs are encoded in query form and offers in passage form, the asymmetric way e5
        was trained for retrieval ("query: …" finds "passage: …").
        """
        vectors = np.zeros((len(docs), self.dense.dim), dtype=np.float32)
        for as_query in (True, False):
            rows = [i for i, d in enumerate(docs) if (d.kind in NEED_KINDS) == as_query]
            texts = [doc_text(docs[i]) or docs[i].title for i in rows]
            if rows:
                encode = self.dense.encode_queries if as_query else self.dense.encode_docs
                vectors[rows] = encode(texts)
        return vectors

    def add(self, docs: Sequence[ListingDoc], vectors: np.ndarray | None = None) -> None:
        """Insert or update listings; pass stored ``vectors`` to skip encoding."""
        docs = list(docs)
        if not docs:
            return
        vectors = self.encode(docs) if vectors is None else np.asarray(vectors, np.float32)
        self._reserve(len(self) + len(docs))
        for doc, vector in zip(docs, vectors.reshape(len(docs), -1), strict=True):
            self._add_one(doc, vector)
        self._ready = False

    def _add_one(self, doc: ListingDoc, vector: np.ndarray) -> None:
        text = doc_text(doc)
        self.store.put(doc, vector, doc_zh_share(doc, text))
        analysis = analyse(text)
        self._lexical.set(doc.id, analysis.terms)
        self._mentions[doc.id] = analysis.mentions
        self._fresh.add(doc.id)

    def remove(self, doc_ids: Sequence[int]) -> None:
        gone = [doc_id for doc_id in doc_ids if self.store.pop(doc_id) is not None]
        for doc_id in gone:
            self._lexical.remove(doc_id)
            self._mentions.pop(doc_id, None)
            self._fresh.discard(doc_id)
        if gone and self._ann is not None:  # so gone listings do not take candidate places
            self._ann.remove(np.asarray(gone, dtype=np.int64))
        # Nothing removed, nothing to redo: the platform calls this before every query.
        self._ready = self._ready and not gone

    # ----- calibration -----
    def _prepare(self) -> None:
        if self._ready:
            return
        size = len(self)
        refit = self._needs_refit(size) or (self._ann is None and size > EXACT_LIMIT)
        if refit:
            self.store.set_mapped(size > EXACT_LIMIT)
            self._refit_calibration()
        self._calibrate_rows()
        self._refresh_hubness()  # the index ranks with it
        if refit:
            self._rebuild_ann()
        self._index_fresh()
        reference = _spread(size, PAIR_SCALE_SAMPLE)
        sample = self.store.rows(self.store.calibrated, reference)
        self._pair_scale = fit_pair_scale(sample, self.store.zh_share[reference])
        self._lex_rows = self._lexical_rows()
        self.store.release()  # whole-corpus passes touched every mapped page
        self._ready = True

    def _refit_calibration(self) -> None:
        self._calibration = bulk.fit_corpus_calibration(self.store)
        self._calibrated_size = size = len(self)
        self.store.stale[:size], self.store.hub[:size] = True, np.nan

    def _rebuild_ann(self) -> None:
        self._ann, self._fresh = None, set()
        if len(self) > EXACT_LIMIT:
            sample = _spread(len(self), PROJECTION_SAMPLE)
            dims = min(ANN_DIM, self.dense.dim)
            self._ann = bulk.build_ann(self.store, sample, dims, ANN_CANDIDATES)

    def _index_fresh(self) -> None:
        """Add fresh listings to the ANN index once there are too many to re-score each time."""
        if self._ann is not None and len(self._fresh) > FRESH_LIMIT:
            bulk.add_to_ann(self._ann, self.store, np.array(sorted(self._fresh), dtype=np.int64))
            self._fresh = set()

    def _needs_refit(self, size: int) -> bool:
        if self._calibration is None:
            return True
        return abs(size - self._calibrated_size) > RECALIBRATE_SHARE * max(self._calibrated_size, 1)

    def _calibrate_rows(self) -> None:
        """Calibrate changed rows (all of them after a refit); other rows keep their values."""
        bulk.calibrate_stale(self.store, self.dense, self._calibration)

    def _refresh_hubness(self) -> None:
        size = len(self)
        bulk.measure_hubness(self.store, _spread(size, HUB_REFERENCE_SIZE))
        self._hub_rows = self.store.hub[:size].copy()
        self._hub_mean = self._hub_rows.mean(axis=0) if size else np.zeros(HUB_COLUMNS, np.float32)

    def _lexical_rows(self) -> np.ndarray:
        keys, _ = self._lexical.scores([])
        return np.array([self.store.row_of[int(k)] for k in keys], dtype=np.int64)

    # ----- queries -----
    def search(
        self,
        query: str,
        *,
        limit: int = 20,
        today: date | None = None,
        visible: rules.Visibility = None,
        filters: Filters | None = None,
        min_score: float | None = None,
        explain: int | None = None,
    ) -> Ranking:
        """Rank listings for a free-text query in Chinese, English or both (above ``min_score``).

        ``explain`` limits shared terms to the first so many hits (the page a caller shows).
        """
        try:
            text, truncated = cap_length(normalise_text(query), MAX_QUERY_CHARS)
        except Exception:  # noqa: BLE001 - a query must never raise into a web request
            return Ranking((), error="unreadable_query")
        if not has_words(text):
            return Ranking((), truncated=truncated, error="empty_query")
        if not len(self):
            return Ranking((), truncated=truncated)
        try:
            vector = self._query_vector(self.dense.encode_queries([text]), han_share(text))
        except (ValueError, UnicodeError, RuntimeError):  # a query must not break a page
            return Ranking((), truncated=truncated, error="unreadable_query")
        found = self._rank(
            _Query(vector, analyse(text), han_share(text)),
            None,
            limit,
            lambda doc: rules.may_show(doc, today, visible, filters),
            min_score=min_score,
            explain=explain,
        )
        return Ranking(found, truncated=truncated)

    def match(
        self,
        need: ListingDoc,
        *,
        limit: int = 20,
        today: date | None = None,
        visible: rules.Visibility = None,
        filters: Filters | None = None,
        prefer_cross_border: bool = False,
        min_score: float | None = None,
        explain: int | None = None,
    ) -> Ranking:
        """Rank the offers that may answer ``need`` under the business rules.

        ``need`` may also be an offer: then the needs it may answer are ranked, with the
        same rules, scores and fit read the other way round.
        """
        text = doc_text(need)
        if not has_words(text):
            return Ranking((), error="empty_query")
        if not len(self):
            return Ranking(())
        query = _Query(self._need_vector(need, text), analyse(text), doc_zh_share(need, text))

        def allowed(doc: ListingDoc) -> bool:
            return doc.id != need.id and rules.may_pair(need, doc, today, visible, filters)

        found = self._rank(query, need, limit, allowed, prefer_cross_border, min_score, explain)
        return Ranking(found)

    def _need_vector(self, need: ListingDoc, text: str) -> np.ndarray:
        self._prepare()
        row = self.store.row_of.get(need.id)
        stored = self.store.docs.get(need.id)
        if row is not None and stored == need:
            return self.store.rows(self.store.calibrated, np.array([row]))[0]
        return self._query_vector(self.encode([need]), doc_zh_share(need, text))

    def _query_vector(self, raw: np.ndarray, zh_share: float) -> np.ndarray:
        self._prepare()
        return self.dense.calibrate(raw, np.array([zh_share]), self._calibration)[0]

    def _base_scores(self, query: _Query) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(candidate rows, hub-corrected cosine, lexical score), aligned."""
        self._prepare()
        lexical_all = np.zeros(len(self), dtype=np.float32)
        lexical_all[self._lex_rows] = self._lexical.scores(query.analysis.terms)[1]
        rows = self._candidate_rows(query, lexical_all)
        lexical = lexical_all[rows]
        if self._ann is None:
            return rows, self._semantic(rows, query, self.store.dot(rows, query.vector)), lexical
        semantic = self._semantic(rows, query, self._indexed_dots(rows, query.vector))
        weights = self.config.weights
        best = np.sort(
            _top_rows(weights.semantic * semantic + weights.lexical * lexical, EXACT_RESCORE)
        )
        exact = self.store.dot(rows[best], query.vector)  # the only rows read from the file
        semantic[best] = self._semantic(rows[best], query, exact)
        return rows, semantic, lexical

    def _indexed_dots(self, rows: np.ndarray, vector: np.ndarray) -> np.ndarray:
        """Cosines from the ANN index's copy; exact for rows it lacks or holds an old copy of."""
        ids = self.store.ids[rows]
        exact = np.isin(ids, np.fromiter(self._fresh, np.int64)) | ~self._ann.holds(ids)
        dots = np.empty(len(rows), dtype=np.float32)
        dots[exact] = self.store.dot(rows[exact], vector)
        dots[~exact] = self._ann.stored_dots(ids[~exact], vector)
        return dots

    def _semantic(self, rows: np.ndarray, query: _Query, cosines: np.ndarray) -> np.ndarray:
        cosines = cosines * self._pair_scale.factor(query.zh_share, self.store.zh_share[rows])
        return semantic_scores(cosines, self._hub_rows[rows], self._hub_mean, query.zh_share)

    def _candidate_rows(self, query: _Query, lexical: np.ndarray) -> np.ndarray:
        """Every row for a small corpus; else ANN neighbours, fresh rows and lexical best."""
        if self._ann is None:
            return np.arange(len(self))
        mix = language_mix(query.zh_share)  # hubness against the query's language
        keys, _ = self._ann.search(query.vector, ANN_CANDIDATES, bias_weights=mix)
        row_of = self.store.row_of
        found = [row for row in map(row_of.get, keys.tolist()) if row is not None]
        fresh = [row_of[i] for i in self._fresh if i in row_of]
        best_lexical = _top_rows(lexical, LEXICAL_CANDIDATES)
        return np.unique(np.concatenate([found, fresh, best_lexical]).astype(np.int64))

    def _rank(self, query, need, limit, allowed, cross=False, min_score=None, explain=None):  # type: ignore[no-untyped-def]
        rows, semantic, lexical = self._base_scores(query)
        weights = self.config.weights
        base = weights.semantic * semantic + weights.lexical * lexical
        order = np.argsort(-base, kind="stable")
        if min_score is not None:  # metadata adds at most this much to a base score
            order = order[base[order] >= min_score - weights.metadata_ceiling(need is not None)]
        round_size, hits = FIRST_ROUND, []
        while True:
            hits = [
                self._hit(rows[i], semantic[i], lexical[i], need, allowed, cross)
                for i in order[:round_size]
            ]
            floor = -np.inf if min_score is None else min_score
            hits = [hit for hit in hits if hit is not None and hit.score >= floor]
            if len(hits) >= limit or round_size >= len(order):
                break
            round_size *= 2
        hits.sort(key=lambda h: (-h.score, h.id))
        explain = limit if explain is None else explain
        return tuple(
            self._with_reasons(h, query) if n < explain else h
            for n, h in enumerate(hits[: max(limit, 0)])
        )

    def _hit(self, row, semantic, lexical, need, allowed, prefer_cross_border):  # type: ignore[no-untyped-def]
        doc = self.store.docs[int(self.store.ids[row])]
        if not allowed(doc):
            return None
        parts = self._parts(doc, float(semantic), float(lexical), need, prefer_cross_border)
        return Hit(doc.id, round(combine(parts, self.config.weights), 6), parts)

    def _parts(self, doc, semantic, lexical, need, prefer_cross_border) -> ScoreParts:  # type: ignore[no-untyped-def]
        sector, trl = rules.pair_fit(need, doc) if need else (0.0, 0.5)
        cross = prefer_cross_border and need is not None and rules.is_cross_border(need, doc)
        boost = self.config.weights.cross_border if cross else 0.0
        return ScoreParts(round(semantic, 6), round(lexical, 6), sector, trl, boost)

    def _with_reasons(self, hit: Hit, query: _Query) -> Hit:
        theirs = self._mentions[hit.id]
        terms = shared_concepts(query.analysis.mentions, theirs, load_glossary(), self._lexical.idf)
        return Hit(hit.id, hit.score, hit.parts, terms)


def _top_rows(values: np.ndarray, count: int) -> np.ndarray:
    if len(values) <= count:
        return np.arange(len(values))
    return np.argpartition(-values, count)[:count]


def _spread(size: int, limit: int) -> np.ndarray:
    """Up to ``limit`` row numbers spread evenly over ``range(size)`` (deterministic)."""
    if size <= limit:
        return np.arange(size)
    return np.unique(np.linspace(0, size - 1, limit).astype(np.int64))
