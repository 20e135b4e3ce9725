"""The periodic match digest: new matches for each organisation's needs, by email."""

from __future__ import annotations

import datetime

from django.db import transaction
from django.utils import timezone

from duijie.common.models.notifications import NotificationKind
from duijie.common.notify import email_user
from duijie.directory.models import Organisation, User
from duijie.listings.domain.queries import published_listings
from duijie.listings.models import OFFER_KINDS, ListingStatus
from duijie.matching.domain.search import Result, match_listing
from duijie.matching.models import MatchDigest

PER_NEED = 3
FIRST_DIGEST_LOOKBACK = datetime.timedelta(days=7)


def new_matches(org: Organisation, *, since: datetime.datetime, viewer) -> list[tuple]:
    """(need, [results]) for the organisation's needs, keeping offers published after `since`."""
    needs = published_listings().filter(organisation=org).exclude(kind__in=OFFER_KINDS)
    pairs = []
    for need in needs.select_related("organisation").prefetch_related("sectors"):
        fresh = [r for r in match_listing(need, viewer=viewer, limit=10) if _newer(r, since)]
        if fresh:
            pairs.append((need, fresh[:PER_NEED]))
    return pairs


def _newer(result: Result, since: datetime.datetime) -> bool:
    return result.listing.published_at is not None and result.listing.published_at > since


def send_match_digest(user, *, now: datetime.datetime | None = None) -> int:
    """Email one user the new matches of their organisations; returns the matches sent."""
    now = now or timezone.now()
    last = user.match_digests.first()
    since = last.sent_at if last else now - FIRST_DIGEST_LOOKBACK
    pairs = [
        pair
        for org in user.organisations.all()
        for pair in new_matches(org, since=since, viewer=user)
    ]
    if not pairs:
        return 0
    with transaction.atomic():
        ids = [result.listing.pk for _need, results in pairs for result in results]
        MatchDigest.objects.create(user=user, listing_ids=ids)
        email_user(
            user,
            subject_template="matching/email/digest_subject.txt",
            body_template="matching/email/digest.txt",
            context={"pairs": pairs},
            kind=NotificationKind.NEW_MATCHES,
        )
    return len(ids)


def send_match_digests() -> int:
    """Send every member of an organisation with published needs their digest."""

    users = User.objects.filter(
        is_active=True, memberships__organisation__listings__status=ListingStatus.PUBLISHED
    ).distinct()
    return sum(send_match_digest(user) for user in users)
