"""Request middleware: language, refusal of bad input, security headers, session timeouts."""

from __future__ import annotations

import json
import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _

from duijie.common.i18n import normalise_language
from duijie.common.text import CONTROL_MESSAGE, control_path, find_control

FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


class UserLanguageMiddleware:
    """A signed-in user's saved language wins over the browser's Accept-Language."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and user.language:
            language = normalise_language(user.language)
            translation.activate(language)
            request.LANGUAGE_CODE = language
        return self.get_response(request)


def is_api(request) -> bool:
    return request.path_info.startswith("/api/")


def api_error(location: list, message, *, status: int = 422, kind: str = "value_error"):
    """The API's validation-error shape (`{"detail": [{type, loc, msg}]}`)."""
    detail = [{"type": kind, "loc": location, "msg": str(message)}]
    return JsonResponse({"detail": detail}, status=status)


class InputGuardMiddleware:
    """Refuse NUL and other control characters in the address, query string and JSON bodies.

    Pages answer 400 with a translated page, the API 422 in its usual error shape. Form
    fields are left to the forms (every CharField runs the same check, `common.text`), so
    the user sees a field error and keeps what they typed; only form *keys* are refused here.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        location = self.bad_location(request)
        if location is None:
            return self.get_response(request)
        if is_api(request):
            where = [str(part) for part in location]  # the schema's `loc` is a list of strings
            return api_error(where, CONTROL_MESSAGE, kind="control_character")
        context = {"message": CONTROL_MESSAGE}
        return render(request, "common/bad_input.html", context, status=400)

    def bad_location(self, request) -> tuple | None:
        if find_control(request.path_info) is not None:
            return ("path",)
        for key, values in request.GET.lists():
            if find_control(key) is not None or any(find_control(v) for v in values):
                return ("query", key)
        content_type = request.content_type or ""
        if request.method in ("POST", "PUT", "PATCH") and content_type in FORM_TYPES:
            for key in request.POST:
                if find_control(key) is not None:
                    return ("body", key)
        if is_api(request) and content_type == "application/json" and request.body:
            try:
                data = json.loads(request.body)
            except ValueError:
                return None  # the API answers malformed JSON itself
            found = control_path(data)
            if found is not None:
                return ("body", *found)
        return None


class BodySizeLimitMiddleware:
    """Refuse a request whose declared body exceeds `DUIJIE_MAX_REQUEST_BYTES` before reading it.

    Django's own caps apply once the body is parsed (`DATA_UPLOAD_MAX_MEMORY_SIZE`); this one
    answers 413 from the Content-Length header alone, so an oversized upload costs nothing.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > settings.MAX_REQUEST_BYTES:
            message = _("The request is too large.")
            if is_api(request):
                return JsonResponse({"detail": str(message)}, status=413)
            return HttpResponse(message, status=413, content_type="text/plain; charset=utf-8")
        return self.get_response(request)


class SecurityHeadersMiddleware:
    """Permissions-Policy on every response; no caching of anything a signed-in user sees.

    Static files are answered by WhiteNoise before this runs, so they stay cacheable.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            patch_cache_control(response, no_store=True, private=True)
            response.headers.pop("Expires", None)
        return response


class SessionTimeoutMiddleware:
    """Sign a user out after a spell of inactivity, and after an absolute lifetime.

    Government and platform staff get the short idle limit (`DUIJIE_SESSION_IDLE_STAFF_MINUTES`,
    default 30), everyone else the long one (`DUIJIE_SESSION_IDLE_MINUTES`, default 480); every
    session ends `DUIJIE_SESSION_MAX_HOURS` after sign-in. The last-seen time is saved at most
    once a minute, so reading pages does not write the session on every request.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and self.expired(request, user):
            logout(request)
            messages.info(request, _("You were signed out after a period of inactivity."))
        return self.get_response(request)

    def expired(self, request, user) -> bool:
        session, now = request.session, int(time.time())
        started = session.setdefault(SESSION_STARTED, now)
        seen = session.get(SESSION_SEEN, now)
        if now - started > settings.SESSION_MAX_SECONDS or now - seen > idle_seconds(user):
            return True
        if now - seen >= 60 or SESSION_SEEN not in session:
            session[SESSION_SEEN] = now
        return False


SESSION_STARTED = "duijie_started"
SESSION_SEEN = "duijie_seen"


def idle_seconds(user) -> int:
    """How long `user` may be idle: short for staff and government, long for everyone else."""
    if user.is_staff or user.is_superuser or user.is_government:
        return settings.SESSION_IDLE_STAFF_SECONDS
    return settings.SESSION_IDLE_SECONDS
