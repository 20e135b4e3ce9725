"""Time-driven steps: closing applications at the deadline, milestone reminders."""

from __future__ import annotations

import datetime

from django.db import transaction
from django.utils import timezone

from duijie.challenges.core.lifecycle import Status
from duijie.challenges.domain.lifecycle import close_applications
from duijie.challenges.domain.notifications import people_of, send
from duijie.challenges.models import Challenge, Milestone, MilestoneStatus

REMIND_DAYS_BEFORE = 7


def close_due_challenges() -> int:
    """Move every open challenge whose deadline has passed to evaluation."""
    due = Challenge.objects.filter(status=Status.OPEN, deadline__lte=timezone.now())
    for challenge in due:
        close_applications(challenge)
    return len(due)


def remind_due_milestones(*, today: datetime.date) -> int:
    """Remind the winner once of a milestone due within a week (or overdue)."""
    horizon = today + datetime.timedelta(days=REMIND_DAYS_BEFORE)
    due = Milestone.objects.filter(
        status__in=(MilestoneStatus.PENDING, MilestoneStatus.RETURNED),
        due_on__lte=horizon,
        reminded_on__isnull=True,
        challenge__status=Status.DELIVERY,
    ).select_related("challenge", "application")
    count = 0
    for milestone in due:
        with transaction.atomic():
            for person in people_of(milestone.application.organisation_id):
                send(person, "milestone_due", {"milestone": milestone}, "")
            milestone.reminded_on = today
            milestone.save(update_fields=["reminded_on"])
        count += 1
    return count
