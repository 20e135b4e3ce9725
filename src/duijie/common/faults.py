"""Graceful faults: a branded, translated 503 while the database is unreachable.

`DatabaseUnavailableMiddleware` sits right after authentication: it loads the session and
user inside a guard (the first thing that touches the database on most requests) and turns
any later OperationalError/InterfaceError from a view into the same answer. The page needs
no database (a standalone template, no context processors) and retries by itself.
"""

from __future__ import annotations

import logging

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

DATABASE_ERRORS = (OperationalError, InterfaceError)
# SQLSTATE classes that mean "the database is not there right now": connection exceptions,
# insufficient resources (too many connections), operator intervention (shutdown, restart).
# Other OperationalErrors (e.g. 54xxx, a value too large for an index) are bugs: a 500.
UNAVAILABLE_STATES = ("08", "53", "57")
RETRY_SECONDS = 15
logger = logging.getLogger(__name__)


def is_unavailable(error: BaseException) -> bool:
    """Whether `error` says the database cannot be reached (rather than refusing a query)."""
    if isinstance(error, InterfaceError):
        return True
    if not isinstance(error, OperationalError):
        return False
    state = getattr(error.__cause__, "sqlstate", None)
    return state is None or state[:2] in UNAVAILABLE_STATES


def unavailable(request) -> HttpResponse:
    """503 with Retry-After: JSON under /api/, the branded page otherwise."""
    message = _("Duijie is briefly unavailable. We'll be back in a moment.")
    if request.path_info.startswith("/api/"):
        response = JsonResponse({"detail": message}, status=503)
    else:
        context = {"message": message, "retry_seconds": RETRY_SECONDS, "path": request.path}
        html = render_to_string("common/unavailable.html", context)  # no request: no DB
        response = HttpResponse(html, status=503)
    response["Retry-After"] = str(RETRY_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            user = getattr(request, "user", None)
            if user is not None:
                user.is_authenticated  # noqa: B018  (loads session and user now, guarded)
        except DATABASE_ERRORS as error:
            if not is_unavailable(error):
                raise
            logger.exception("database unreachable while loading the session")
            return unavailable(request)
        return self.get_response(request)

    def process_exception(self, request, exception):
        if is_unavailable(exception):
            logger.error("database unreachable: %s", exception)
            return unavailable(request)
        return None
