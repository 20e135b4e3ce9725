"""Why a participant is recommended, in the reader's language."""

from __future__ import annotations

from django.utils.translation import gettext as _

from duijie.events.domain.recommendations import LISTING, OFFER, SEEK
from duijie.matching.interfaces.labels import about_sentence


def reason_text(item) -> str:  # type: ignore[no-untyped-def]
    """One sentence naming the pair's best match, then what both are about."""
    theirs = item.their_listing.title if item.their_listing is not None else ""
    if item.via == LISTING and item.my_listing is not None:
        first = _("Their “%(theirs)s” matches your “%(mine)s”.") % {
            "theirs": theirs,
            "mine": item.my_listing.title,
        }
    elif item.via == SEEK:
        first = _("Their “%(theirs)s” fits what you are looking for.") % {"theirs": theirs}
    elif item.via == OFFER:
        first = _("Their “%(theirs)s” could use what you offer.") % {"theirs": theirs}
    elif item.complementary:
        first = _("Their needs meet your offers (or the reverse)")
    else:
        names = ", ".join(str(sector) for sector in item.shared_sectors)
        first = _("Shared sectors: %(sectors)s.") % {"sectors": names}
    return " ".join(part for part in (first, about_sentence(item.shared_terms)) if part)
