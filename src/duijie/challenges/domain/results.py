"""The panel's result as the owner and staff see it: submitted scores, ranking, spread."""

from __future__ import annotations

from dataclasses import dataclass

from duijie.challenges.core.ranking import Criterion as RankCriterion
from duijie.challenges.core.ranking import Entry, Ranked, rank_applications
from duijie.challenges.domain.access import SENT
from duijie.challenges.models import Application, Challenge, Review
from duijie.common.permissions import require


@dataclass(frozen=True)
class RankedApplication:
    application: Application
    result: Ranked
    submitted: int  # experts who submitted their scores
    pending: int  # experts who declared no conflict but have not submitted yet


def submitted_reviews(challenge: Challenge):
    """Only submitted score sheets count, and only they are ever shown to the owner."""
    return (
        Review.objects.filter(
            application__challenge=challenge, conflicted=False, submitted_at__isnull=False
        )
        .select_related("expert__user")
        .prefetch_related("scores")
    )


def ranking(challenge: Challenge, *, actor) -> list[RankedApplication]:
    """Sent applications ranked by the weighted mean of the submitted scores."""
    require(actor, "challenges.view_panel", challenge)
    criteria = [RankCriterion(c.pk, c.weight) for c in challenge.criteria.all()]
    applications = list(
        Application.objects.filter(challenge=challenge, status__in=SENT).select_related(
            "organisation"
        )
    )
    sheets: dict[int, list[dict[int, int]]] = {a.pk: [] for a in applications}
    for review in submitted_reviews(challenge):
        sheets[review.application_id].append({s.criterion_id: s.value for s in review.scores.all()})
    pending = _pending_counts(challenge)
    entries = [Entry(a.pk, tuple(sheets[a.pk])) for a in applications]
    by_id = {a.pk: a for a in applications}
    return [
        RankedApplication(
            by_id[r.application], r, len(sheets[r.application]), pending.get(r.application, 0)
        )
        for r in rank_applications(entries, criteria)
    ]


def _pending_counts(challenge: Challenge) -> dict[int, int]:
    counts: dict[int, int] = {}
    drafts = Review.objects.filter(
        application__challenge=challenge, conflicted=False, submitted_at__isnull=True
    )
    for application_id in drafts.values_list("application_id", flat=True):
        counts[application_id] = counts.get(application_id, 0) + 1
    return counts


def scores_shown_to(actor, challenge: Challenge) -> list[Review]:
    """Each expert's submitted sheets with comments, for the owner and staff only."""
    require(actor, "challenges.view_panel", challenge)
    return list(submitted_reviews(challenge).prefetch_related("scores__criterion"))
