"""gunicorn settings: ``gunicorn -c python:duijie.gunicorn_conf duijie.wsgi``.

Each worker loads the matching engine (two encoders, the listings' vectors, the ANN index)
in a background thread as soon as it starts: otherwise the first search after a deploy
waits for it (about 10 s with the demo data, minutes at 1M listings). A thread, because
gunicorn counts a worker that has not started serving within ``timeout`` as hung; pages that
do not search are served meanwhile, and a search waits for the engine's lock.
Environment: ``DUIJIE_BIND`` (default 127.0.0.1:8001), ``DUIJIE_WORKERS`` (default 2).
"""

from __future__ import annotations

import os

bind = os.environ.get("DUIJIE_BIND", "127.0.0.1:8001")
workers = int(os.environ.get("DUIJIE_WORKERS", "2"))


def post_worker_init(worker) -> None:  # type: ignore[no-untyped-def]
    from duijie.matching.domain.index import warm_up_in_background

    warm_up_in_background()
