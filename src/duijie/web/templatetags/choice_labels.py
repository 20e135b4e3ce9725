"""Labels for stored codes that are not model fields with choices (an interest's answers)."""

from django import template

from duijie.listings.models import PartnershipType
from duijie.matching.interfaces.forms import TIMELINES

register = template.Library()


@register.filter
def timeline_label(code: str) -> str:
    """A timeline code ("3m") as words ("Within 3 months") in the reader's language."""
    return str(dict(TIMELINES).get(code, code))


@register.filter
def partnership_label(code: str) -> str:
    """A partnership code ("joint_rnd") as words ("Joint R&D") in the reader's language."""
    return str(PartnershipType(code).label) if code in PartnershipType.values else code
