"""Permission rules for language versions (django-rules, autodiscovered)."""

from __future__ import annotations

import rules

from duijie.common.permissions import is_broker, is_platform_staff
from duijie.directory.rules import is_org_member
from duijie.listings.models import ListingStatus


@rules.predicate
def original_is_open(user, obj) -> bool:
    """Closed and expired listings keep the versions they have; other content is always open."""
    return getattr(obj, "status", "") not in {ListingStatus.CLOSED, ListingStatus.EXPIRED}


# Content whose authors are an organisation's members; other versioned content (carrier
# sites, entered by staff) has no author side: only translators write its versions.
AUTHORED_BY_MEMBERS = frozenset(
    {"listings.listing", "directory.organisation", "events.participant"}
)


@rules.predicate
def is_content_author(user, obj) -> bool:
    """A member of the organisation that wrote the content."""
    return obj._meta.label_lower in AUTHORED_BY_MEMBERS and is_org_member(user, obj)


@rules.predicate
def translator_may_read(user, obj) -> bool:
    """Translators work on what they may read: a listing by the listing rule, profiles freely."""
    if obj._meta.label_lower == "listings.listing":
        return user.has_perm("listings.view_listing", obj)
    return True


rules.add_perm("versions.write_as_author", is_content_author & original_is_open)
rules.add_perm(
    "versions.write_version",
    original_is_open
    & (is_content_author | ((is_platform_staff | is_broker) & translator_may_read)),
)
rules.add_perm("versions.view_translation_queue", is_platform_staff | is_broker)
