"""Request middleware: the reader's language, refusal of control characters in input."""

from __future__ import annotations

import json

from django.http import JsonResponse
from django.shortcuts import render
from django.utils import translation

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
            return api_error(list(location), CONTROL_MESSAGE, kind="control_character")
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
