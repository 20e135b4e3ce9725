"""Showing user-written text in the reader's language: `{% load versions %}`.

- `{% localized listing "title" %}`: the field as this reader sees it (their language's current
  version, else the original; `?original=1` in the page's address asks for the original).
- `{% localized_excerpt listing "description" 160 %}`: the same, cut by characters for Chinese
  and at a word for English.
- `{% version_mark listing %}`: where the text comes from ("Original in Chinese · English version
  by …"), the one-click switch, a stale version's label, or the dictionary key terms.
- `{% shown_text listing as shown %}`: the whole `Shown` for templates that need more.
"""

from __future__ import annotations

from django import template
from django.utils import translation

from duijie.versions.domain.display import Shown, shown_text
from duijie.versions.domain.languages import original_locale, other_locale
from duijie.versions.domain.versions import is_current, version_in

register = template.Library()


def wants_original(context) -> bool:
    request = context.get("request")
    return bool(request is not None and request.GET.get("original") == "1")


def shown_for(context, obj) -> Shown | None:
    """The reader's `Shown` for `obj`, computed once per page and object."""
    if obj is None:
        return None
    key = (translation.get_language(), wants_original(context))
    cached = getattr(obj, "_shown_cache", None)
    if cached is None:
        cached = {}
        obj._shown_cache = cached
    if key not in cached:
        cached[key] = shown_text(obj, key[0], original=key[1])
    return cached[key]


@register.simple_tag(takes_context=True, name="shown_text")
def shown_text_tag(context, obj):
    return shown_for(context, obj)


@register.simple_tag(takes_context=True)
def localized(context, obj, field: str) -> str:
    shown = shown_for(context, obj)
    return shown.text(field) if shown else ""


@register.simple_tag(takes_context=True)
def localized_excerpt(context, obj, field: str, limit: int = 160) -> str:
    shown = shown_for(context, obj)
    return shown.excerpt(field, int(limit)) if shown else ""


@register.simple_tag(takes_context=True)
def shown_locale(context, obj) -> str:
    shown = shown_for(context, obj)
    return shown.locale if shown else ""


@register.inclusion_tag("web/versions/_mark.html", takes_context=True)
def version_mark(context, obj, compact: bool = False):
    shown = shown_for(context, obj)
    request = context.get("request")
    query = request.GET.copy() if request is not None else None
    switch = ""
    if query is not None:
        if wants_original(context):
            query.pop("original", None)
        else:
            query["original"] = "1"
        switch = "?" + query.urlencode() if query else "?"
    return {"shown": shown, "switch": switch, "compact": compact}


@register.simple_tag
def version_state(obj) -> str:
    """ "current", "stale" or "missing": the state of `obj`'s other-language version."""
    version = version_in(obj, other_locale(original_locale(obj)))
    if version is None:
        return "missing"
    return "current" if is_current(version, obj) else "stale"
