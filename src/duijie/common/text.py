"""The one check every piece of text input passes: no NUL or other control characters.

Forms (through `ControlCharacterValidator` on every CharField), API JSON bodies and query
strings (through `common.middleware.InputGuardMiddleware`) all use `find_control` and
`clean_text`, so stored text never holds a character that breaks an export, a calendar
file or PostgreSQL (which refuses NUL outright).
"""

from __future__ import annotations

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

# C0 controls except tab, line feed and carriage return; DEL; C1 controls. Unicode's
# other "format" characters (e.g. zero-width joiners) are legitimate in CJK and emoji text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
CONTROL_MESSAGE = _(
    "Text may not contain invisible control characters (such as NUL); "
    "please remove them and try again."
)


def find_control(text: str) -> str | None:
    """The first forbidden control character in `text`, or None."""
    match = _CONTROL.search(text)
    return match.group() if match else None


def clean_text(value: str) -> str:
    """`value` unchanged if it holds no control character, else a translated ValidationError."""
    if find_control(value) is not None:
        raise ValidationError(CONTROL_MESSAGE, code="control_character")
    return value


def single_line(value: str) -> str:
    """Line breaks and other controls collapsed to one space (e-mail subjects, file names)."""
    collapsed = re.sub(r"[\r\n\t]+", " ", str(value))
    return _CONTROL.sub("", unicodedata.normalize("NFC", collapsed)).strip()


def control_path(data, path: tuple = ()) -> tuple | None:
    """Where in a JSON-like value (keys included) the first control character is, or None."""
    if isinstance(data, str):
        return path if find_control(data) is not None else None
    if isinstance(data, dict):
        for key, value in data.items():
            if find_control(str(key)) is not None:
                return (*path, key)
            found = control_path(value, (*path, key))
            if found is not None:
                return found
    if isinstance(data, list):
        for index, item in enumerate(data):
            found = control_path(item, (*path, index))
            if found is not None:
                return found
    return None


@deconstructible
class ControlCharacterValidator:
    """Form and model field validator wrapping `clean_text`."""

    def __call__(self, value) -> None:
        if isinstance(value, str):
            clean_text(value)

    def __eq__(self, other) -> bool:
        return isinstance(other, ControlCharacterValidator)


def protect_form_fields() -> None:
    """Make every form CharField (and so every ModelForm text field) run the check.

    Called once from `CommonConfig.ready`; a field error in the reader's language is the
    answer, so nothing the user typed is lost. URLField keeps its own validators, so it gets
    the check added explicitly; EmailField's validator already refuses controls.
    """
    from django import forms

    validator = ControlCharacterValidator()
    for field_class in (forms.CharField, forms.URLField):
        if validator not in field_class.default_validators:
            field_class.default_validators = [*field_class.default_validators, validator]
