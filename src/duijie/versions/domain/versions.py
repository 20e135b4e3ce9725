"""Writing other-language versions: who may, what is kept, and who hears about it."""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Model
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from duijie.common.audit import record_event
from duijie.common.errors import DomainError
from duijie.common.permissions import allows, is_broker, is_platform_staff, require
from duijie.versions.domain.checks import check_version
from duijie.versions.domain.languages import normalise_locale, original_hash, original_locale
from duijie.versions.domain.notices import announce_version
from duijie.versions.domain.registry import field_names
from duijie.versions.models import ContentVersion, VersionSource


def versions_of(obj: Model) -> list[ContentVersion]:
    """The versions of `obj`, from a `prefetch_related("versions")` when the caller made one."""
    cache = getattr(obj, "_prefetched_objects_cache", {})
    if "versions" in cache:
        return list(cache["versions"])
    content_type = ContentType.objects.get_for_model(obj)
    return list(ContentVersion.objects.filter(content_type=content_type, object_id=obj.pk))


def version_in(obj: Model, locale: str) -> ContentVersion | None:
    """The version of `obj` in `locale`, if one was written (stale or not)."""
    wanted = normalise_locale(locale)
    return next((v for v in versions_of(obj) if v.language == wanted), None)


def is_current(version: ContentVersion, obj: Model) -> bool:
    """A version is current while the original it was written from is unchanged."""
    return version.source_hash == original_hash(obj)


def source_of(actor, obj: Model) -> str:
    """How a version by `actor` is credited: the author's own, staff's or a broker's."""
    if allows(actor, "versions.write_as_author", obj):
        return VersionSource.AUTHOR
    if is_platform_staff(actor):
        return VersionSource.STAFF
    if is_broker(actor):
        return VersionSource.BROKER
    return VersionSource.NONE


def save_version(
    obj: Model, *, actor, language: str, fields: dict, source: str | None = None
) -> ContentVersion:
    """Write (or correct) the `language` version of `obj`; refuses the original's language.

    `source` is only given by imports (the demo, migrations of old data); otherwise it
    follows from who the actor is.
    """
    require(actor, "versions.write_version", obj)
    locale = normalise_locale(language)
    if locale == original_locale(obj):
        raise DomainError(
            _("This is the language of the original; edit the original instead."),
            code="same_language",
        )
    texts = {name: str(fields.get(name, "") or "").strip() for name in field_names(obj)}
    check_version(obj, locale, {**texts, **{k: v for k, v in fields.items() if k not in texts}})
    with transaction.atomic():
        version = _store(obj, actor=actor, locale=locale, texts=texts, source=source)
        record_event(obj, "version.saved", actor=actor, language=locale, source=version.source)
        announce_version(obj, version, actor=actor)
    return version


def _store(obj: Model, *, actor, locale: str, texts: dict, source: str | None) -> ContentVersion:
    content_type = ContentType.objects.get_for_model(obj)
    version, _created = ContentVersion.objects.select_for_update().update_or_create(
        content_type=content_type,
        object_id=obj.pk,
        language=locale,
        defaults={
            "fields": texts,
            "source": source or source_of(actor, obj),
            "translator": actor if getattr(actor, "is_authenticated", False) else None,
            "translated_at": timezone.now(),
            "source_hash": original_hash(obj),
            "is_stale": False,
        },
    )
    return version


def delete_version(obj: Model, *, actor, language: str) -> bool:
    """Remove the `language` version of `obj`; returns whether there was one."""
    require(actor, "versions.write_version", obj)
    version = version_in(obj, language)
    if version is None:
        return False
    with transaction.atomic():
        version.delete()
        record_event(obj, "version.deleted", actor=actor, language=version.language)
        announce_version(obj, None, actor=actor)
    return True
