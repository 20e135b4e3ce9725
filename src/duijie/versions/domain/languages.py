"""The two content languages and how one text relates to the other."""

from __future__ import annotations

import hashlib
import json

from django.db.models import Model
from django.utils.translation import gettext_lazy as _

from duijie.common.errors import DomainError
from duijie.common.models.base import ContentLocale
from duijie.versions.domain.registry import field_names

SUPPORTED = tuple(ContentLocale.values)


def normalise_locale(code: str) -> str:
    """A content locale from any spelling ("zh", "zh-Hans", "EN"); refuses other languages."""
    lowered = (code or "").strip().lower()
    if lowered.startswith("zh"):
        return ContentLocale.ZH_HANS
    if lowered == "en" or lowered.startswith("en-"):
        return ContentLocale.EN
    raise DomainError(
        _("Versions can only be written in Chinese or English."), code="unsupported_language"
    )


def other_locale(locale: str) -> str:
    return (
        ContentLocale.EN
        if normalise_locale(locale) == ContentLocale.ZH_HANS
        else ContentLocale.ZH_HANS
    )


def reader_locale(language_code: str | None) -> str:
    """The content locale a reader with interface language `language_code` reads."""
    return (
        ContentLocale.ZH_HANS
        if (language_code or "").lower().startswith("zh")
        else ContentLocale.EN
    )


def original_locale(obj: Model) -> str:
    return normalise_locale(getattr(obj, "content_locale", "") or ContentLocale.ZH_HANS)


def original_hash(obj: Model) -> str:
    """Changes exactly when the original's versioned text changes (then versions are stale)."""
    values = {name: str(getattr(obj, name, "") or "").strip() for name in field_names(obj)}
    return hashlib.sha256(json.dumps(values, sort_keys=True).encode("utf-8")).hexdigest()


def language_name(locale: str) -> str:
    """The language's name in the reader's interface language."""
    return str(_("Chinese") if normalise_locale(locale) == ContentLocale.ZH_HANS else _("English"))
