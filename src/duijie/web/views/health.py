"""Health endpoints for the load balancer: /healthz (alive) and /readyz (ready for traffic).

/healthz never touches the database, so a database outage does not make the balancer
restart healthy workers. /readyz answers 200 only when the database answers, the task
queue's storage answers and this process's matching engine is warm, so a freshly started
worker gets no searches before its models are loaded.
"""

from __future__ import annotations

from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

from duijie.matching.domain.index import is_warm


@never_cache
def healthz(request):
    return JsonResponse({"status": "ok"})


def _database() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception:  # any failure means "not ready", never a 500
        return False


def _task_queue() -> bool:
    from huey.contrib.djhuey import HUEY

    try:
        HUEY.pending_count()  # reads the queue's storage (Redis, SQLite or memory)
    except Exception:
        return False
    return True


@never_cache
def readyz(request):
    checks = {"database": _database(), "task_queue": _task_queue(), "matching": is_warm()}
    ready = all(checks.values())
    body = {"status": "ready" if ready else "not ready", "checks": checks}
    return JsonResponse(body, status=200 if ready else 503)
