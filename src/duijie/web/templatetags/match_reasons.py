"""`{% match_reasons result counterpart %}`: a result's reasons in words (matching.interfaces)."""

from django import template

from duijie.matching.interfaces import labels

register = template.Library()


@register.simple_tag
def match_reasons(result, counterpart=None) -> list[str]:  # type: ignore[no-untyped-def]
    return labels.reasons(result, counterpart or None)  # an unset variable arrives as ""


@register.filter
def band_label(band: str) -> str:
    return labels.band_label(band)
