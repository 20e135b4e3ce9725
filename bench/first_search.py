"""The first search after the embedded server starts (JSON figures).

    .venv/bin/python bench/first_search.py [--listings 700] [--after 20] [--no-warm]

Seeds a throwaway data directory as `make demo` would leave it (published listings with
stored vectors, the engine saved by a reindex), starts `duijie runserver --noreload` on a
free port and times a search page: once as soon as the server answers (`at_start_s`: the
warm-up thread may still be loading), and once more in a fresh server once /readyz says
the engine is warm (`after_wait_s`, `waited_s` after the server answered). With
`--no-warm` the server starts with DUIJIE_WARM_ENGINE=0, as before the warm-up existed,
and the second search comes `--after` seconds after the server answered.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import platform_search as seeded  # noqa: E402  (sets up Django in a throwaway directory)
from django.core.management import call_command  # noqa: E402

from duijie.matching.domain import index  # noqa: E402


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(url: str, timeout: float = 300) -> float:
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        try:
            urllib.request.urlopen(url, timeout=5).read()
            return time.perf_counter() - start
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("the server did not answer")


def wait_until_ready(url: str, timeout: float = 600) -> float:
    """Seconds until /readyz answers 200 (the engine warm, database and queue up)."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        try:
            urllib.request.urlopen(url, timeout=5).read()
            return time.perf_counter() - start
        except OSError:  # 503 while warming raises HTTPError, an OSError
            time.sleep(0.2)
    raise RuntimeError("the server never became ready")


def first_search(after: float | None, warm: bool) -> tuple[float, float, float]:
    """(seconds until the home page answers, waited, seconds of the first search page).

    ``after`` None waits for /readyz instead of a fixed time.
    """
    port = free_port()
    env = dict(os.environ, DUIJIE_WARM_ENGINE="1" if warm else "0", OMP_WAIT_POLICY="PASSIVE")
    command = [str(ROOT / ".venv/bin/duijie"), "runserver", "--noreload", f"127.0.0.1:{port}"]
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    server = subprocess.Popen(command, env=env, **quiet)
    try:
        up = wait_until_up(f"http://127.0.0.1:{port}/")
        if after is None:
            waited = wait_until_ready(f"http://127.0.0.1:{port}/readyz")
        else:
            time.sleep(after)
            waited = after
        tick = time.perf_counter()
        page = f"http://127.0.0.1:{port}/listings/?q=cold+chain+monitoring"
        urllib.request.urlopen(page, timeout=300).read()
        return up, waited, time.perf_counter() - tick
    finally:
        server.terminate()
        server.wait(30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--listings", type=int, default=700)
    parser.add_argument("--after", type=float, default=20.0)
    parser.add_argument("--no-warm", action="store_true")
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    seeded.seed(args.listings)
    index.reset_engine()
    index.warm_engine()
    index.save_index()  # what `duijie reindex` leaves for the server's warm start
    warm = not args.no_warm
    up_now, _, at_start = first_search(0.0, warm)
    up_later, waited, after_wait = first_search(None if warm else args.after, warm)
    record = {
        "part": "first_search",
        "listings": args.listings,
        "warm_on_start": warm,
        "server_up_s": round(min(up_now, up_later), 2),
        "at_start_s": round(at_start, 2),  # searched as soon as the server answered
        "waited_s": round(waited, 2),  # until /readyz (warm) or --after seconds (no warm)
        "after_wait_s": round(after_wait, 2),
    }
    print(json.dumps(record), flush=True)


if __name__ == "__main__":
    main()
