"""My Duijie render time for a busy company user (JSON figures).

    .venv/bin/python bench/my_duijie.py [--renders 20]

The user's organisation has 50 published listings, 200 interests (100 received and waiting for
an answer, 100 sent), 100 notifications and a few unread conversations; 400 other listings
give the engine something to match. It runs in a throwaway SQLite database in a temporary
data directory, never the platform's. Listings get synthetic vectors (stored like real ones),
so none is encoded; the engine is warmed before timing, as a gunicorn worker is. Each render
is the whole page through the test client (session, middleware, template). "cold" clears the
cache before each render, so the engine is asked for the matches of the user's three newest
listings every time; "warm" is a revisit within the five minutes the engine's answer is kept.
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

from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone  # noqa: E402
from matching import DIM, pseudo_word, synthetic_vectors  # noqa: E402

from duijie.common.models.notifications import Delivery, Notification  # noqa: E402
from duijie.directory.models import Membership, Organisation, User  # noqa: E402
from duijie.listings.models import Listing  # noqa: E402
from duijie.matching.core.ann import vector_to_bytes  # noqa: E402
from duijie.matching.domain import conversations, index  # noqa: E402
from duijie.matching.models import Interest, ListingVector  # noqa: E402

KINDS = ["tech_offer", "tech_request", "business_offer", "business_request"]
OWN_LISTINGS, OTHER_LISTINGS, RECEIVED, SENT, NOTIFICATIONS = 50, 400, 100, 100, 100


def listings_for(orgs, count: int, *, offset: int) -> list[Listing]:
    expires = datetime.date.today() + datetime.timedelta(days=365)
    now = timezone.now()
    rows = []
    for n in range(count):
        words = " ".join(pseudo_word((offset + n) * 7 + i) for i in range(6))
        rows.append(
            Listing(
                organisation=orgs[n % len(orgs)],
                kind=KINDS[n % 4],
                title=f"Listing {offset + n} {words}",
                description=words,
                content_locale="zh-hans" if n % 2 else "en",
                status="published",
                published_at=now - datetime.timedelta(hours=n),
                expires_on=expires,
            )
        )
    listings = Listing.objects.bulk_create(rows)
    signature = index.current_engine().dense.signature
    vectors = synthetic_vectors(count, DIM, seed=offset)
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
    return listings


def seed() -> User:
    """The busy user, their organisation's listings, interests and notifications."""
    user = User.objects.create_user(email="busy@bench.example", password="x", language="en")
    mine = Organisation.objects.create(name_en="Busy Co", country="SG", org_type="enterprise")
    Membership.objects.create(user=user, organisation=mine, role="admin")
    others = Organisation.objects.bulk_create(
        Organisation(name_en=f"Other {n}", country="CN", org_type="enterprise")
        for n in range(RECEIVED)
    )
    senders = User.objects.bulk_create(
        User(email=f"sender{n}@bench.example", language="zh-hans") for n in range(RECEIVED)
    )
    Membership.objects.bulk_create(
        Membership(user=person, organisation=org)
        for person, org in zip(senders, others, strict=True)
    )
    own = listings_for([mine], OWN_LISTINGS, offset=0)
    theirs = listings_for(others, OTHER_LISTINGS, offset=OWN_LISTINGS)
    Interest.objects.bulk_create(
        [
            Interest(
                listing=own[n % OWN_LISTINGS],
                from_organisation=others[n],
                from_user=senders[n],
                message="你好",
                content_locale="zh-hans",
            )
            for n in range(RECEIVED)
        ]
        + [
            Interest(
                listing=theirs[n],
                from_organisation=mine,
                from_user=user,
                message="Hello",
                content_locale="en",
            )
            for n in range(SENT)
        ]
    )
    for interest in Interest.objects.filter(from_organisation__in=others)[:5]:
        conversations.post_message(interest, actor=interest.from_user, body="你好，请回复。")
    Notification.objects.bulk_create(
        Notification(recipient=user, kind="other", delivery=Delivery.IN_APP, title=f"Note {n}")
        for n in range(NOTIFICATIONS)
    )
    return user


def timed(client: Client, renders: int, *, clear: bool) -> tuple[float, float]:
    latencies = []
    for _ in range(renders):
        if clear:
            cache.clear()
        tick = time.perf_counter()
        response = client.get("/me/")
        latencies.append((time.perf_counter() - tick) * 1000)
        assert response.status_code == 200
    p50, p95 = np.percentile(latencies, [50, 95])
    return round(float(p50), 1), round(float(p95), 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--renders", type=int, default=20)
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    user = seed()
    index.reset_engine()
    index.warm_engine()
    client = Client()
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    first = client.get("/me/")
    assert first.status_code == 200, first.status_code
    cold = timed(client, args.renders, clear=True)
    warm = timed(client, args.renders, clear=False)
    record = {
        "part": "my_duijie",
        "listings": OWN_LISTINGS,
        "interests": RECEIVED + SENT,
        "notifications": Notification.objects.filter(recipient=user).count(),
        "renders": args.renders,
        "cold_p50_ms": cold[0],
        "cold_p95_ms": cold[1],
        "warm_p50_ms": warm[0],
        "warm_p95_ms": warm[1],
        "target_ms": 150,
    }
    print(json.dumps(record), flush=True)


if __name__ == "__main__":
    main()
