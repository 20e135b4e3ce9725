"""Shared plumbing of the write endpoints: JSON bodies through the pages' forms, domain refusals.

A write endpoint reads its JSON object itself and binds it to the same Django form the page
uses, so the API validates exactly like the page and every message is in the caller's
language (422, `{"detail": [{"type", "loc": ["body", field], "msg"}]}`, the shape django-ninja
uses for its own validation errors). Domain refusals become 403 (permission) or 400 (business
rule) with the domain's translated message, as in the services API.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

from django import forms
from django.utils.translation import gettext as _
from ninja import Schema
from ninja.errors import ValidationError

FormT = TypeVar("FormT", bound=forms.BaseForm)


class ErrorOut(Schema):
    type: str
    loc: list[str]
    msg: str


class ErrorsOut(Schema):
    detail: list[ErrorOut]


def body_schema(schema: type[Schema]) -> dict:
    """`openapi_extra` documenting a JSON body that the endpoint reads itself."""
    content = {"application/json": {"schema": schema.model_json_schema()}}
    return {"requestBody": {"content": content, "required": True}}


def _error(field: str | None, message: str, code: str) -> dict:
    loc = ["body", field] if field else ["body"]
    return {"type": code, "loc": loc, "msg": str(message)}


def json_object(request) -> dict:
    """The request's JSON object (an empty body counts as `{}`), or 422."""
    if not request.body:
        return {}
    try:
        data = json.loads(request.body)
    except (json.JSONDecodeError, UnicodeDecodeError):
        data = None
    if not isinstance(data, dict):
        raise ValidationError([_error(None, _("Send a JSON object."), "invalid_json")])
    return data


def bind(
    form_class: type[FormT],
    payload: Mapping[str, Any],
    *,
    base: Mapping[str, Any] | None = None,
    aliases: Mapping[str, str] | None = None,
    **form_kwargs,
) -> FormT:
    """A valid form bound to `base` updated with `payload`, or 422 naming each bad field.

    `aliases` maps API names to form field names (`organisation_id` → `organisation`);
    errors are reported under the API names. Unknown names are refused rather than ignored.
    """
    aliases = dict(aliases or {})
    api_name = {field: name for name, field in aliases.items()}
    data, errors = dict(base or {}), []
    for name, value in payload.items():
        field = aliases.get(name, name)
        problem = _shape_problem(form_class.base_fields.get(field), value)
        if problem:
            errors.append(_error(name, *problem))
        else:
            data[field] = value
    form = form_class(data=data, **form_kwargs)
    if not form.is_valid():
        named = {error["loc"][-1] for error in errors}
        errors += [e for e in _form_errors(form, api_name) if e["loc"][-1] not in named]
    if errors:
        raise ValidationError(errors)
    return form


def _shape_problem(field: forms.Field | None, value: Any) -> tuple[str, str] | None:
    if field is None:
        return _("Unknown field."), "unknown_field"
    if isinstance(value, dict) or (
        isinstance(value, list) and not getattr(field.widget, "allow_multiple_selected", False)
    ):
        return _("Give a single value here, not a list or an object."), "invalid_type"
    return None


def _form_errors(form: forms.BaseForm, api_name: Mapping[str, str]) -> list[dict]:
    found = []
    for field, errors in form.errors.as_data().items():
        name = None if field == forms.forms.NON_FIELD_ERRORS else api_name.get(field, field)
        for error in errors:
            for message in error.messages:
                found.append(_error(name, message, error.code or "invalid"))
    return found
