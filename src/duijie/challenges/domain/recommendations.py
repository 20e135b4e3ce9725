"""Likely solvers and experts for a challenge, found by the matching engine across languages.

The query is the challenge's own text (title, its other-language title, the problem), so a
Chinese problem finds English offers and the other way round. Suggestions never include the
issuing organisation, organisations that already applied or are not eligible, or people
already on the panel. A suggested expert still declares conflicts per application.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import AnonymousUser
from django.db import transaction

from duijie.challenges.domain.applications import check_eligible
from duijie.challenges.models import Challenge
from duijie.common.errors import DomainError
from duijie.common.models.notifications import NotificationKind
from duijie.common.notify import notify
from duijie.common.permissions import require
from duijie.directory.models import Membership, Organisation, OrgType
from duijie.listings.models import OFFER_KINDS, Listing
from duijie.matching.core.types import Filters
from duijie.matching.domain.search import search_listings

QUERY_CHARS = 600
CANDIDATES = 60
RESEARCH_TYPES = frozenset({OrgType.UNIVERSITY, OrgType.INSTITUTE})


@dataclass(frozen=True)
class Suggestion:
    organisation: Organisation
    listing: Listing  # the offer that made it a candidate
    score: float


def challenge_query(challenge: Challenge) -> str:
    return " ".join(filter(None, [challenge.title, challenge.title_other, challenge.problem]))[
        :QUERY_CHARS
    ]


def _is_eligible(challenge: Challenge, organisation: Organisation) -> bool:
    try:
        check_eligible(challenge, organisation)
    except DomainError:
        return False
    return True


def _solvers(challenge: Challenge, *, viewer, limit: int) -> list[Suggestion]:
    outcome = search_listings(
        challenge_query(challenge),
        user=viewer,
        filters=Filters(kinds=frozenset(OFFER_KINDS)),
        limit=CANDIDATES,
    )
    seen = {challenge.organisation_id}
    seen |= set(challenge.applications.values_list("organisation_id", flat=True))
    found: list[Suggestion] = []
    for result in outcome.results:
        org = result.listing.organisation
        if org.pk in seen or not _is_eligible(challenge, org):
            continue
        seen.add(org.pk)
        found.append(Suggestion(org, result.listing, result.score))
        if len(found) == limit:
            break
    return found


def likely_solvers(challenge: Challenge, *, actor, limit: int = 8) -> list[Suggestion]:
    """Eligible organisations whose offers fit the problem and that have not applied yet."""
    require(actor, "challenges.view_panel", challenge)
    return _solvers(challenge, viewer=actor, limit=limit)


def likely_experts(challenge: Challenge, *, actor, limit: int = 6) -> list[tuple]:
    """(user, suggestion) for researchers whose institutes' offers fit, not yet on the panel."""
    require(actor, "challenges.manage_panel", challenge)
    on_panel = set(challenge.experts.values_list("user_id", flat=True))
    people = []
    for suggestion in _solvers(challenge, viewer=actor, limit=CANDIDATES):
        if suggestion.organisation.org_type not in RESEARCH_TYPES:
            continue
        members = Membership.objects.filter(organisation=suggestion.organisation)
        for membership in members.select_related("user").order_by("pk"):
            if membership.user_id not in on_panel and membership.user.is_active:
                people.append((membership.user, suggestion))
    return people[:limit]


def recommend_to_solvers(challenge: Challenge, *, limit: int = 8) -> int:
    """Tell the administrators of likely solvers about a newly opened challenge."""
    from django.urls import reverse

    # Only public offers count: the system recommends as an anonymous reader would search.
    suggestions = _solvers(challenge, viewer=AnonymousUser(), limit=limit)
    url = reverse("web:challenges_detail", args=[challenge.pk])
    told = 0
    with transaction.atomic():
        for suggestion in suggestions:
            admins = Membership.objects.filter(
                organisation=suggestion.organisation, role=Membership.Role.ADMIN
            ).select_related("user")
            for membership in admins:
                notify(
                    membership.user,
                    NotificationKind.RECOMMENDATION,
                    subject_template="challenges/email/recommended_subject.txt",
                    body_template="challenges/email/recommended.txt",
                    context={"challenge": challenge, "listing": suggestion.listing},
                    url=url,
                )
                told += 1
    return told
