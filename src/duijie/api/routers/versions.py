"""API for language versions: what each listing response says about its language, and writing
a version (`PUT /api/listings/{id}/versions/{language}`) through the editor's own form."""

from __future__ import annotations

import datetime

from django.shortcuts import get_object_or_404
from django.utils import translation
from ninja import Router, Schema
from ninja.pagination import paginate
from ninja.security import django_auth

from duijie.api.pagination import PageNumberPagination
from duijie.api.writes import ErrorsOut, bind, body_schema, json_object
from duijie.common.permissions import require
from duijie.listings.domain.queries import readable_listings
from duijie.versions.domain.display import original_fields, shown_text
from duijie.versions.domain.languages import normalise_locale, original_locale
from duijie.versions.domain.queries import translation_queue
from duijie.versions.domain.versions import is_current, save_version, versions_of
from duijie.versions.interfaces.forms import VersionForm

router = Router()


class VersionOut(Schema):
    language: str
    source: str  # author, staff, broker or none
    translator: str
    translated_at: datetime.datetime
    stale: bool


class VersionTextOut(VersionOut):
    title: str
    summary: str
    description: str


class OriginalOut(Schema):
    locale: str
    title: str
    summary: str
    description: str


class KeyTermOut(Schema):
    source: str
    gloss: str


class VersionIn(Schema):
    title: str
    summary: str = ""
    description: str


class QueueItemOut(Schema):
    id: int
    title: str
    content_locale: str
    needs: str
    interest_received: int
    published_at: datetime.datetime | None


def version_out(version, obj) -> dict:
    translator = version.translator
    return {
        "language": version.language,
        "source": version.source,
        "translator": translator.full_name if translator else "",
        "translated_at": version.translated_at,
        "stale": not is_current(version, obj),
    }


def localized_fields(listing) -> dict:
    """The reader's language version of a listing's text for an API response, and its origin.

    `title`, `summary` and `description` are the caller's language version when a current one
    exists, else the original (`shown_locale` says which); `original` always has the original;
    `version` describes the version shown, or an out-of-date one that was not shown.
    """
    shown = shown_text(listing, translation.get_language())
    version = shown.version or shown.stale_version
    return {
        **shown.fields,
        "shown_locale": shown.locale,
        "original": {"locale": shown.original_locale, **original_fields(listing)},
        "version": version_out(version, listing) if version else None,
        "key_terms": [{"source": t.source, "gloss": t.gloss} for t in shown.key_terms],
    }


def _listing(request, listing_id: int):
    queryset = readable_listings(request.user).select_related("organisation")
    return get_object_or_404(queryset, pk=listing_id)


@router.get(
    "/{listing_id}/versions",
    response=list[VersionTextOut],
    summary="A listing's other-language versions, with who wrote them",
)
def list_versions(request, listing_id: int):
    listing = _listing(request, listing_id)
    return [{**version_out(v, listing), **v.fields} for v in versions_of(listing)]


@router.put(
    "/{listing_id}/versions/{language}",
    response={200: VersionTextOut, 422: ErrorsOut},
    auth=django_auth,
    openapi_extra=body_schema(VersionIn),
    summary="Write or correct a listing's version in the other language (zh-hans or en)",
)
def put_version(request, listing_id: int, language: str):
    listing = _listing(request, listing_id)
    require(request.user, "versions.write_version", listing)
    locale = normalise_locale(language)  # an unsupported language is refused (400)
    form = bind(VersionForm, json_object(request), obj=listing, locale=locale)
    version = save_version(
        listing, actor=request.user, language=locale, fields=form.version_fields()
    )
    return {**version_out(version, listing), **version.fields}


@router.get(
    "/translation-queue",
    response=list[QueueItemOut],
    auth=django_auth,
    summary="Published listings lacking a current version in the other language (staff, brokers)",
)
@paginate(PageNumberPagination, page_size=20)
def queue(request):
    require(request.user, "versions.view_translation_queue")
    return [
        {
            "id": item.pk,
            "title": item.title,
            "content_locale": item.content_locale,
            "needs": "en" if original_locale(item) == "zh-hans" else "zh-hans",
            "interest_received": item.demand,
            "published_at": item.published_at,
        }
        for item in translation_queue()
    ]
