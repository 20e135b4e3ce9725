"""Translated refusals of the challenge domain, one place so pages and API say the same."""

from __future__ import annotations

from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _

from duijie.common.errors import DomainError
from duijie.common.text import CONTROL_MESSAGE, find_control

TRANSITION_ERRORS = {
    "unknown": _("Unknown stage."),
    "same": _("The challenge is already at this stage."),
    "final": _("This challenge is closed; its stage can no longer change."),
    "order": _("The challenge cannot move to this stage from where it is now."),
    "reason": _("Give the reason; it is shown to the applicants."),
}
WEIGHT_ERRORS = {
    "empty": _("Add at least one evaluation criterion."),
    "positive": _("Each criterion needs a weight of at least 1%."),
    "sum": _("The weights of the criteria must add up to 100%."),
}


def refuse(message, code: str) -> DomainError:
    return DomainError(message, code=code)


def _interpolated(message, params: dict) -> str:
    return str(message) % params


# `_("… %(x)s …") % params` would translate at once, in whatever language is active when the
# rule refuses; this keeps the message lazy so it is read in the reader's language.
interpolate = lazy(_interpolated, str)


def check_text(text: str, code: str) -> str:
    """`text` stripped, or a refusal if it holds a control character (PostgreSQL refuses NUL)."""
    if find_control(text or "") is not None:
        raise refuse(CONTROL_MESSAGE, code)
    return (text or "").strip()
