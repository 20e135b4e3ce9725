"""What a reader sees of a text: their language's version when there is a current one.

A stale version (written from an older original) is never shown as current: the original is
shown, with the stale version named. Where no version in the reader's language exists, the
original comes with a line of dictionary terms in the reader's language.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.core.cache import cache
from django.db.models import Model

from duijie.versions.core.keyterms import KeyTerm, key_terms
from duijie.versions.core.script import excerpt, language_of
from duijie.versions.domain.languages import (
    original_hash,
    original_locale,
    other_locale,
    reader_locale,
)
from duijie.versions.domain.registry import field_names
from duijie.versions.domain.versions import is_current, version_in
from duijie.versions.models import ContentVersion

KEY_TERMS_SECONDS = 24 * 3600


@dataclass(frozen=True)
class Shown:
    """The text to show one reader, in which language, and where it came from."""

    fields: dict[str, str]
    locale: str
    original_locale: str
    reader_locale: str
    version: ContentVersion | None = None  # the version shown (None: the original is shown)
    stale_version: ContentVersion | None = None  # a version in the reader's language, outdated
    other_version: ContentVersion | None = None  # a current version the reader switched away from
    key_terms: tuple[KeyTerm, ...] = field(default=())

    @property
    def is_version(self) -> bool:
        return self.version is not None

    @property
    def is_original(self) -> bool:
        return self.version is None

    def text(self, name: str) -> str:
        return self.fields.get(name, "")

    def excerpt(self, name: str, limit: int) -> str:
        """The field cut to `limit`; a third of that for a reader of the other language,
        who gets the key terms instead of a long text they cannot read."""
        if self.locale != self.reader_locale:
            limit = max(1, limit // 3)
        return excerpt(self.text(name), self.locale, limit)


def original_fields(obj: Model) -> dict[str, str]:
    return {name: str(getattr(obj, name, "") or "") for name in field_names(obj)}


def shown_text(obj: Model, language: str | None, *, original: bool = False) -> Shown:
    """What of `obj` a reader of interface `language` sees (`original`: they asked for it)."""
    reader = reader_locale(language)
    source = original_locale(obj)
    base = {"original_locale": source, "reader_locale": reader}
    if reader == source:
        return Shown(fields=original_fields(obj), locale=source, **base)
    version = version_in(obj, reader)
    if version is not None and is_current(version, obj):
        if original:
            return Shown(fields=original_fields(obj), locale=source, other_version=version, **base)
        return Shown(fields=_version_fields(obj, version), locale=reader, version=version, **base)
    terms = () if original else _key_terms(obj, source, reader)
    return Shown(
        fields=original_fields(obj), locale=source, stale_version=version, key_terms=terms, **base
    )


def _version_fields(obj: Model, version: ContentVersion) -> dict[str, str]:
    """The version's text; a field it leaves empty (an optional summary) stays empty."""
    return {name: version.text(name) for name in field_names(obj)}


def text_for(obj: Model, name: str, language: str | None) -> str:
    """One field of `obj` as a reader of `language` sees it."""
    return shown_text(obj, language).text(name)


def _key_terms(obj: Model, source: str, reader: str) -> tuple[KeyTerm, ...]:
    key = f"versions:terms:{obj._meta.label_lower}:{obj.pk}:{original_hash(obj)[:16]}:{reader}"
    found = cache.get(key)
    if found is None:
        from duijie.matching.core.glossary import load_glossary

        text = "\n".join(original_fields(obj).values())
        found = key_terms(
            text, source=language_of(source), target=language_of(reader), glossary=load_glossary()
        )
        cache.set(key, found, KEY_TERMS_SECONDS)
    return found


def missing_locale(obj: Model) -> str:
    """The language `obj` still needs a current version in, or "" when it reads in both."""
    wanted = other_locale(original_locale(obj))
    version = version_in(obj, wanted)
    return "" if version is not None and is_current(version, obj) else wanted
