"""Reasons for a match in words, in the reader's language (numbers stay in the details)."""

from __future__ import annotations

from django.utils.formats import date_format
from django.utils.text import format_lazy
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from duijie.matching.core.relevance import POSSIBLE, STRONG
from duijie.matching.core.types import SharedTerm

MAX_NAMED = 4


def band_label(band: str) -> str:
    return {STRONG: _("Strong match"), POSSIBLE: _("Possible match")}.get(band, "")


def term_label(term: SharedTerm) -> str:
    """A shared concept in the reader's language, or as written when only one side has it."""
    if (get_language() or "").startswith("zh"):
        return term.term_zh or term.term_en
    return term.term_en or term.term_zh


def _listing(names: list[str]) -> str:
    if len(names) == 1:
        return names[0]
    return format_lazy(_("{first} and {last}"), first=_(", ").join(names[:-1]), last=names[-1])


def about_sentence(terms) -> str:  # type: ignore[no-untyped-def]
    """ "Both are about defect detection, PCB and machine vision." """
    names = list(dict.fromkeys(term_label(t) for t in terms))[:MAX_NAMED]
    if not names:
        return ""
    return str(format_lazy(_("Both are about {concepts}."), concepts=_listing(names)))


def trl_sentence(need, offer) -> str:  # type: ignore[no-untyped-def]
    """How the offer's maturity meets the need's (nothing when either is unknown)."""
    if need.trl is None or offer.trl is None:
        return ""
    short = need.trl - offer.trl
    if short <= 0:
        return _("Mature enough: TRL %(offer)s against TRL %(need)s asked.") % {
            "offer": offer.trl,
            "need": need.trl,
        }
    return ngettext(
        "TRL %(offer)s, %(short)s level short of the TRL %(need)s asked.",
        "TRL %(offer)s, %(short)s levels short of the TRL %(need)s asked.",
        short,
    ) % {"offer": offer.trl, "need": need.trl, "short": short}


def sector_sentence(listing, other) -> str:  # type: ignore[no-untyped-def]
    shared = sorted(set(listing.sectors.all()) & set(other.sectors.all()), key=lambda s: s.pk)
    if not shared:
        return ""
    return _("Same sector: %(sectors)s.") % {"sectors": _listing([str(s) for s in shared])}


def region_sentence(listing, other) -> str:  # type: ignore[no-untyped-def]
    countries = {listing.organisation.country, other.organisation.country}
    if countries == {"SG", "CN"}:
        return _("A Singapore–Shanghai pair, which the programme exists to connect.")
    return ""


def timing_sentence(listing) -> str:  # type: ignore[no-untyped-def]
    if not listing.expires_on:
        return ""
    return _("Open until %(date)s.") % {"date": date_format(listing.expires_on)}


def reasons(result, counterpart=None) -> list[str]:  # type: ignore[no-untyped-def]
    """Sentences for one result; with ``counterpart`` (the listing matched), its fit too."""
    listing = result.listing
    lines = [about_sentence(result.hit.shared_terms)]
    if counterpart is not None:
        need, offer = (listing, counterpart) if counterpart.is_offer else (counterpart, listing)
        lines += [sector_sentence(listing, counterpart), trl_sentence(need, offer)]
        lines.append(region_sentence(listing, counterpart))
    lines.append(timing_sentence(listing))
    return [line for line in lines if line]
