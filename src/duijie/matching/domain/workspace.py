"""What a user's workspace (My Duijie) shows of matching: new matches, interests, conversations.

Every list starts from the visibility querysets the pages use (`visible_interests`,
`published_listings`, the engine's `match_listing`), so the workspace never shows what the
detail pages would refuse.
"""

from __future__ import annotations

import datetime

from django.core.cache import cache
from django.db.models import Count, IntegerField, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from duijie.listings.domain.queries import published_listings, visible_listings
from duijie.matching.domain.queries import visible_interests
from duijie.matching.domain.search import match_listing
from duijie.matching.models import Interest, InterestStatus, MatchesSeen, Thread, ThreadRead

FIRST_VISIT_LOOKBACK = datetime.timedelta(days=14)
LISTINGS_MATCHED = 3
MATCHES_PER_LISTING = 3
MATCHES_CACHED_SECONDS = 300


def matches_seen_at(user) -> datetime.datetime:
    """When the user last looked; two weeks ago on a first visit."""
    seen = MatchesSeen.objects.filter(user=user).values_list("seen_at", flat=True).first()
    return seen or timezone.now() - FIRST_VISIT_LOOKBACK


def mark_matches_seen(user, *, now: datetime.datetime | None = None) -> None:
    """Matches published before `now` are no longer new to the user."""
    MatchesSeen.objects.update_or_create(user=user, defaults={"seen_at": now or timezone.now()})


def new_matches(user, *, since: datetime.datetime) -> list[tuple]:
    """(listing, [matching listings]) for the user's newest published listings, newer than `since`.

    The engine is asked about a few listings only, and its answer is kept for a few minutes,
    so the page stays fast for a user whose organisations publish many; what is shown is
    read again through `visible_listings` on every visit. The matches page has the rest.
    """
    org_ids = user.memberships.values("organisation_id")
    mine = published_listings().filter(organisation_id__in=org_ids).order_by("-published_at")
    wanted = [(listing, _match_ids(listing, user)) for listing in mine[:LISTINGS_MATCHED]]
    ids = {pk for _listing, found in wanted for pk in found}
    fresh = visible_listings(user).filter(pk__in=ids, published_at__gt=since)
    rows = {row.pk: row for row in fresh.select_related("organisation")}
    pairs = [(listing, [rows[pk] for pk in found if pk in rows]) for listing, found in wanted]
    return [(listing, found[:MATCHES_PER_LISTING]) for listing, found in pairs if found]


def _match_ids(listing, user) -> list[int]:
    key = f"workspace:matches:{user.pk}:{listing.pk}:{listing.updated_at.timestamp()}"
    found = cache.get(key)
    if found is None:
        found = [result.listing.pk for result in match_listing(listing, viewer=user, limit=10)]
        cache.set(key, found, MATCHES_CACHED_SECONDS)
    return found


def _mine(user) -> QuerySet[Interest]:
    related = ("listing__organisation", "from_organisation", "from_listing")
    return visible_interests(user).select_related(*related)


def interests_to_answer(user) -> QuerySet[Interest]:
    """Pending interests in the user's organisations' listings, oldest first."""
    org_ids = user.memberships.values("organisation_id")
    pending = _mine(user).filter(status=InterestStatus.PENDING)
    return pending.filter(listing__organisation_id__in=org_ids).order_by("created_at")


def interests_sent(user) -> QuerySet[Interest]:
    """Interests the user's organisations sent, newest first."""
    org_ids = user.memberships.values("organisation_id")
    return _mine(user).filter(from_organisation_id__in=org_ids).order_by("-created_at")


def unread_threads(user) -> QuerySet[Thread]:
    """The user's conversations with messages of others they have not read, with `unread`."""
    last_read = ThreadRead.objects.filter(thread=OuterRef("pk"), user=user).values("last_read_id")
    after = Coalesce(Subquery(last_read[:1]), 0, output_field=IntegerField())
    unread = Count(
        "messages",
        filter=Q(messages__id__gt=after) & ~Q(messages__author=user),
    )
    party = (
        Q(interest__in=visible_interests(user))
        | Q(meeting_request__sender__user=user)
        | Q(meeting_request__receiver__user=user)
    )
    related = ("interest__listing", "meeting_request__event")
    threads = Thread.objects.filter(party).annotate(unread=unread).filter(unread__gt=0)
    return threads.select_related(*related).order_by("-unread", "-pk")
