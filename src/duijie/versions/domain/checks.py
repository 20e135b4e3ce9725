"""Checks on the text of a version (and of an original): filled in, in its language, plain."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db.models import Model
from django.utils.translation import gettext as _

from duijie.versions.core.script import has_control_characters, has_markup, is_written_in
from duijie.versions.domain.languages import language_name
from duijie.versions.domain.registry import FieldSpec, field_specs


def text_problem(spec: FieldSpec, text: str, locale: str) -> str:
    """What is wrong with `text` as field `spec` written in `locale`, translated; "" if nothing."""
    if not text.strip():
        return _("This field is required.") if spec.required else ""
    if len(text) > spec.max_length:
        return _("Please keep this under %(limit)d characters (it has %(count)d).") % {
            "limit": spec.max_length,
            "count": len(text),
        }
    if has_markup(text):
        return _("Please write plain text: HTML tags are not shown.")
    if has_control_characters(text):
        return _("This text contains invisible control characters; please retype it.")
    if not is_written_in(text, locale):
        return _(
            "This does not look like %(language)s. Please write this field in %(language)s."
        ) % {"language": language_name(locale)}
    return ""


def version_errors(obj: Model, locale: str, fields: dict) -> dict[str, str]:
    """Each versioned field's problem (translated), for a version of `obj` in `locale`."""
    problems = {}
    for spec in field_specs(obj):
        problem = text_problem(spec, str(fields.get(spec.name, "") or ""), locale)
        if problem:
            problems[spec.name] = problem
    return problems


def check_version(obj: Model, locale: str, fields: dict) -> None:
    """Raise a ValidationError naming each bad field; the caller keeps what was typed."""
    specs = field_specs(obj)
    unknown = set(fields) - {spec.name for spec in specs}
    problems = version_errors(obj, locale, fields)
    if not any(str(fields.get(spec.name) or "").strip() for spec in specs) and not problems:
        problems[specs[0].name] = _("Please write at least one field of the version.")
    problems.update({name: _("Unknown field.") for name in unknown})
    if problems:
        raise ValidationError(problems)
