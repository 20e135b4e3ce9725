"""Numbers, money and lists in the reader's language: `{{ amount|money:currency }}`,
`{{ count|number }}`, `{{ names|join_words }}` (pure rules in common.core.formatting)."""

from django import template
from django.utils import dateparse
from django.utils.translation import get_language

from duijie.common.core import formatting

register = template.Library()


def _language() -> str:
    return get_language() or "en"


def _is_blank(value) -> bool:
    return value is None or value == ""


@register.filter
def money(value, currency: str = ""):
    """`730000000|money:"CNY"` → 7.3亿元 in Chinese, CNY 730,000,000 in English."""
    if _is_blank(value):
        return ""
    try:
        return formatting.format_amount(value, _language(), currency or "")
    except (ArithmeticError, ValueError, TypeError):
        return value


@register.filter
def number(value):
    """A count or area: 万/亿 in Chinese from 10,000 up, digits grouped in English."""
    if _is_blank(value):
        return ""
    try:
        return formatting.format_number(value, _language())
    except (ArithmeticError, ValueError, TypeError):
        return value


@register.filter
def join_words(items):
    """A list joined with the reader's separator: "A、B" in Chinese, "A, B" in English."""
    return formatting.join_list(items, _language())


@register.simple_tag
def list_separator():
    """The separator between two items of a list written out in a loop."""
    return formatting.list_separator(_language())


@register.filter
def parse_date(value):
    """An ISO date string (as the figures API gives it) as a date, for `|date`."""
    if isinstance(value, str):
        return dateparse.parse_date(value) or value
    return value
