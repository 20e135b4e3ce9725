"""The challenges' figures for the programme dashboard (one dictionary, JSON-ready)."""

from __future__ import annotations

from django.db.models import F, Q

from duijie.challenges.core.lifecycle import PUBLISHED, Status
from duijie.challenges.domain.access import SENT
from duijie.challenges.models import Application, ApplicationStatus, Challenge

DELIVERED = (Status.ACCEPTED,)
AWARDED = (Status.AWARDED, Status.DELIVERY, Status.ACCEPTED, Status.TERMINATED)


def challenge_figures() -> dict:
    """Challenges published, applications, cross-border ones, awards, reward value, delivered."""
    published = Challenge.objects.filter(status__in=list(PUBLISHED))
    applications = Application.objects.filter(challenge__in=published, status__in=SENT)
    cross_border = applications.filter(
        ~Q(organisation__country=F("challenge__organisation__country"))
    )
    awarded = published.filter(status__in=AWARDED)
    rewards: dict[str, int] = {}
    for currency, amount in awarded.exclude(reward_amount=None).values_list(
        "reward_currency", "reward_amount"
    ):
        rewards[currency] = rewards.get(currency, 0) + amount
    return {
        "published": published.count(),
        "open": published.filter(status=Status.OPEN).count(),
        "applications": applications.count(),
        "cross_border_applications": cross_border.count(),
        "awards": Application.objects.filter(
            challenge__in=published, status=ApplicationStatus.AWARDED
        ).count(),
        "reward_value": dict(sorted(rewards.items())),
        "delivered": published.filter(status__in=DELIVERED).count(),
    }
