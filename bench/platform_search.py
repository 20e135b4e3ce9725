"""Platform search end to end at N listings: database sync, visibility, rows (JSON figures).

    .venv/bin/python bench/platform_search.py [--listings 20000] [--queries 40]

bench/matching.py times the engine alone. This times what a web request does: the process's
engine catching up with the database (`current_engine`), anonymous visibility, the engine
query with real query encoding, and joining the hits to listing rows. It runs in a
throwaway SQLite database in a temporary data directory, never the platform's. Listings
get synthetic vectors (stored like real ones), so no listing is encoded.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))
os.environ["DUIJIE_DATA_DIR"] = tempfile.mkdtemp(prefix="duijie-bench-")
os.environ.pop("DATABASE_URL", None)  # always the throwaway SQLite file
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "duijie.settings")

import django  # noqa: E402

django.setup()

from django.contrib.auth.models import AnonymousUser  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from matching import DIM, pseudo_word, synthetic_vectors  # noqa: E402

from duijie.directory.models import Organisation  # noqa: E402
from duijie.listings.models import Listing  # noqa: E402
from duijie.matching.core.ann import vector_to_bytes  # noqa: E402
from duijie.matching.domain import index  # noqa: E402
from duijie.matching.domain.search import search_listings  # noqa: E402
from duijie.matching.models import ListingVector  # noqa: E402

QUERIES = ["缺陷检测", "cold chain monitoring", "电池回收", "water quality sensor", "港口自动化"]
KINDS = ["tech_offer", "tech_request", "business_offer", "business_request"]


def seed(count: int) -> None:
    """``count`` published listings from 200 organisations, each with a stored vector."""
    orgs = Organisation.objects.bulk_create(
        Organisation(
            name_en=f"Bench org {n}", country="SG" if n % 2 else "CN", org_type="enterprise"
        )
        for n in range(200)
    )
    expires = datetime.date.today() + datetime.timedelta(days=365)
    signature = index.current_engine().dense.signature
    for start in range(0, count, 5000):
        stop = min(count, start + 5000)
        listings = Listing.objects.bulk_create(
            listing(n, orgs[n % len(orgs)], expires) for n in range(start, stop)
        )
        vectors = synthetic_vectors(stop - start, DIM, seed=start)
        ListingVector.objects.bulk_create(
            ListingVector(
                listing=item,
                signature=signature,
                content_hash="bench",
                vector=vector_to_bytes(vector),
                zh_share=float(n % 2),
            )
            for n, (item, vector) in enumerate(zip(listings, vectors, strict=True))
        )


def listing(n: int, org: Organisation, expires: datetime.date) -> Listing:
    words = " ".join(pseudo_word(n * 7 + i) for i in range(6))
    return Listing(
        organisation=org,
        kind=KINDS[n % 4],
        title=f"Listing {n} {words}",
        description=words,
        content_locale="zh-hans" if n % 2 else "en",
        status="published",
        expires_on=expires,
        visibility="members" if n % 5 == 0 else "public",
    )


def timed(call, repeat: int) -> tuple[float, float]:
    latencies = []
    for attempt in range(repeat):
        tick = time.perf_counter()
        call(attempt)
        latencies.append((time.perf_counter() - tick) * 1000)
    return round(float(np.percentile(latencies, 50)), 1), round(
        float(np.percentile(latencies, 95)), 1
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--listings", type=int, default=20_000)
    parser.add_argument("--queries", type=int, default=40)
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    seed(args.listings)
    index.reset_engine()
    tick = time.perf_counter()
    index.warm_engine()
    warm_s = time.perf_counter() - tick
    sync = timed(lambda _: index.current_engine(), args.queries)
    anonymous = AnonymousUser()
    search = timed(
        lambda n: search_listings(QUERIES[n % len(QUERIES)], user=anonymous), args.queries
    )
    client = Client()
    web = timed(
        lambda n: client.get("/listings/", {"q": QUERIES[n % len(QUERIES)]}, HTTP_HOST="localhost"),
        args.queries,
    )
    record = {
        "part": "platform_search",
        "listings": args.listings,
        "warm_up_s": round(warm_s, 1),
        "sync_p50_ms": sync[0],
        "sync_p95_ms": sync[1],
        "search_p50_ms": search[0],
        "search_p95_ms": search[1],
        "web_p50_ms": web[0],  # request -> HTML of the search page, through the middleware
        "web_p95_ms": web[1],
    }
    print(json.dumps(record), flush=True)


if __name__ == "__main__":
    main()
