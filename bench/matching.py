"""Speed and scale figures for the matching engine, printed as JSON lines.

    .venv/bin/python bench/matching.py --quick     # 10k only, about a minute
    .venv/bin/python bench/matching.py             # 10k, 100k and 1M (about 10-15 minutes)

Parts:
* ``indexing``: end-to-end encode + add of listing texts (real encoders), listings/s, for the
  default stack (USE + e5) and a USE-only stack;
* ``engine_query``: search latency of a full engine (real query encoding, synthetic vectors);
* ``ann``: the index the engine switches to above 50k listings (int8 HNSW over the 256
  leading principal directions, candidates re-scored exactly), on synthetic
  896-d vectors: build time, memory, query p50/p95 (ANN + exact re-scoring of the
  candidates) and recall@10 against exact brute-force search.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path

import numpy as np

from duijie.matching.core import EngineConfig, ListingDoc, MatchEngine, VectorIndex
from duijie.matching.core.ann import fit_projection
from duijie.matching.core.engine import ANN_CANDIDATES, ANN_DIM, PROJECTION_SAMPLE

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "matching" / "fixtures"
DEV_OFFERS = ROOT.parent / "shared" / "bench" / "dev-match" / "offers.jsonl"
DIM = 896  # USE (512) + e5-small (384), the engine's fused vector
QUERIES = 200


def emit(record: dict) -> None:
    print(json.dumps(record), flush=True)


def listing_texts() -> list[dict]:
    paths = [DEV_OFFERS] if DEV_OFFERS.exists() else []
    paths += [FIXTURES / "offers.jsonl", FIXTURES / "needs.jsonl"]
    return [json.loads(line) for p in paths for line in p.read_text("utf-8").splitlines()]


def make_docs(count: int) -> list[ListingDoc]:
    rows = listing_texts()
    return [
        ListingDoc(
            id=i,
            kind="tech_offer",
            lang=rows[i % len(rows)]["lang"],
            title=f"{rows[i % len(rows)]['title']} {i}",
            description=rows[i % len(rows)]["description"],
        )
        for i in range(count)
    ]


def bench_indexing(count: int) -> None:
    docs = make_docs(count)
    for name, encoders in (
        ("use+e5", EngineConfig().encoders),
        ("use-only", (("use-multilingual-v3", 1.0),)),
    ):
        engine = MatchEngine(EngineConfig(encoders=encoders))
        engine.add(docs[:4])  # load the models outside the timing
        started = time.perf_counter()
        engine.add(docs[4:])
        engine.search("warm up")
        seconds = time.perf_counter() - started
        emit(
            {
                "part": "indexing",
                "stack": name,
                "listings": count - 4,
                "listings_per_s": round((count - 4) / seconds, 1),
            }
        )


def synthetic_vectors(count: int, dim: int, seed: int) -> np.ndarray:
    """Unit vectors with a power-law spectrum (variance of component i ∝ 1/i).

    Measured on real calibrated USE+e5 listing vectors, the top 50 / 200 directions hold
    52% / 82% of the variance and a vector's 10 nearest neighbours average cosine 0.43; this
    generator gives 60% / 81% and 0.41, so neighbourhoods are about as hard as real ones.
    """
    rng = np.random.default_rng(seed)
    scale = np.sqrt(1.0 / np.arange(1, dim + 1, dtype=np.float32))
    basis = np.linalg.qr(np.random.default_rng(1).normal(size=(dim, dim)))[0].astype(np.float32)
    out = np.empty((count, dim), dtype=np.float32)
    for start in range(0, count, 100_000):
        stop = min(count, start + 100_000)
        block = (rng.normal(size=(stop - start, dim)).astype(np.float32) * scale) @ basis.T
        out[start:stop] = block / np.linalg.norm(block, axis=1, keepdims=True)
    return out


def exact_top(vectors: np.ndarray, queries: np.ndarray, k: int) -> np.ndarray:
    sims = np.concatenate(
        [queries @ vectors[i : i + 200_000].T for i in range(0, len(vectors), 200_000)], axis=1
    )
    return np.argsort(-sims, axis=1)[:, :k]


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_ann(count: int) -> None:
    vectors = synthetic_vectors(count, DIM, seed=count)
    queries = synthetic_vectors(QUERIES, DIM, seed=7)
    truth = exact_top(vectors, queries, 10)
    started = time.perf_counter()
    sample = vectors[np.linspace(0, count - 1, min(count, PROJECTION_SAMPLE)).astype(np.int64)]
    projection = fit_projection(sample, ANN_DIM)
    index = VectorIndex(DIM, "i8", 16, 64, ANN_CANDIDATES, projection=projection)
    index.add(np.arange(count), vectors)
    build = time.perf_counter() - started
    store = vectors.astype(np.float16)  # what exact re-scoring reads
    latencies, found = [], 0
    for query, expected in zip(queries, truth, strict=True):
        tick = time.perf_counter()
        keys, _ = index.search(query, ANN_CANDIDATES)
        best = keys[np.argsort(-(store[keys].astype(np.float32) @ query))[:10]]
        latencies.append((time.perf_counter() - tick) * 1000)
        found += len(set(best.tolist()) & set(expected.tolist()))
    emit(
        {
            "part": "ann",
            "listings": count,
            "dim": DIM,
            "index_dim": ANN_DIM,
            "dtype": "i8",
            "candidates": ANN_CANDIDATES,
            "build_s": round(build, 1),
            "index_mb": round(index.memory_bytes / 2**20, 1),
            "index_file_mb": round(index._index.serialized_length / 2**20, 1),
            "rerank_store_mb_f16": round(store.nbytes / 2**20, 1),
            "query_p50_ms": round(float(np.percentile(latencies, 50)), 2),
            "query_p95_ms": round(float(np.percentile(latencies, 95)), 2),
            "recall@10": round(found / (10 * QUERIES), 4),
            "peak_rss_mb": round(rss_mb()),
        }
    )


def bench_engine_query(count: int) -> None:
    docs = make_docs(count)
    engine = MatchEngine()
    engine.add(docs, synthetic_vectors(count, DIM, seed=3))
    engine.search("warm up")
    queries = ["缺陷检测", "cold chain temperature monitoring", "智慧城市 parking sensors"] * 20
    latencies = []
    for text in queries:
        tick = time.perf_counter()
        engine.search(text, limit=20)
        latencies.append((time.perf_counter() - tick) * 1000)
    emit(
        {
            "part": "engine_query",
            "listings": count,
            "query_p50_ms": round(float(np.percentile(latencies, 50)), 1),
            "query_p95_ms": round(float(np.percentile(latencies, 95)), 1),
        }
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10k only")
    parser.add_argument("--ann-only", type=int, nargs="*", help="only the ANN part at these sizes")
    args = parser.parse_args()
    if args.ann_only:
        for count in args.ann_only:
            bench_ann(count)
        return
    bench_indexing(104)
    bench_engine_query(10_000)
    for count in (10_000,) if args.quick else (10_000, 100_000, 1_000_000):
        bench_ann(count)


if __name__ == "__main__":
    main()
