"""The API answers errors as JSON, never as an HTML page: unknown addresses and crashes."""

from __future__ import annotations

import logging

from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.utils.translation import gettext as _

from duijie.common.faults import is_unavailable, unavailable
from duijie.common.ratelimit import RateLimited, too_many_requests

logger = logging.getLogger("django.request")


def not_found(request, path: str = ""):
    """Any /api/ address no router knows."""
    return JsonResponse({"detail": _("Not found.")}, status=404)


def server_error(request, exc):
    """ninja's handler for anything an endpoint did not handle: logged, then a JSON 500."""
    if isinstance(exc, RateLimited):
        return too_many_requests(request, exc.retry_after)
    if is_unavailable(exc):
        return unavailable(request)
    if isinstance(exc, PermissionDenied):
        return JsonResponse({"detail": _("You do not have permission to do this.")}, status=403)
    logger.error("API error at %s", request.path, exc_info=exc)
    return JsonResponse({"detail": _("Something went wrong on our side.")}, status=500)


def install(api) -> None:
    """Register the JSON handlers on the NinjaAPI instance."""
    api.add_exception_handler(Exception, server_error)
