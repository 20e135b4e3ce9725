"""Who sees what of a challenge; one definition for the rules, pages, API and lists.

The problem of a published challenge is public. The owner (members of the issuing
organisation) and platform staff see everything of their challenge; confidential details need
an accepted NDA. An applicant organisation sees only its own application. Experts see the
applications they declared no conflict on, without the applicant's name in blind mode; the
owner sees an expert's scores once that expert has submitted them.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet
from django.utils import timezone

from duijie.challenges.core.lifecycle import JUDGING, PUBLISHED, Status
from duijie.challenges.models import (
    Application,
    ApplicationStatus,
    Challenge,
    Expert,
    NdaAcceptance,
    Review,
)

# Applications the owner and the panel see: drafts stay with the applicant.
SENT = (
    ApplicationStatus.SUBMITTED,
    ApplicationStatus.SHORTLISTED,
    ApplicationStatus.NOT_SELECTED,
    ApplicationStatus.AWARDED,
)
EDITABLE_STATUSES = (Status.DRAFT, Status.RETURNED)


def is_staff(user) -> bool:
    """Platform staff (and administrators), as `common.permissions.is_platform_staff`."""
    return bool(user.is_authenticated and user.is_active and (user.is_staff or user.is_superuser))


def org_ids(user) -> set[int]:
    if not user.is_authenticated:
        return set()
    return set(user.memberships.values_list("organisation_id", flat=True))


def is_owner(user, challenge: Challenge) -> bool:
    return challenge.organisation_id in org_ids(user)


def expert_seat(user, challenge: Challenge) -> Expert | None:
    if not user.is_authenticated:
        return None
    return Expert.objects.filter(challenge=challenge, user=user).first()


def is_published(challenge: Challenge) -> bool:
    return challenge.status in PUBLISHED


def takes_applications(challenge: Challenge) -> bool:
    """Open, and the deadline has not passed."""
    return challenge.status == Status.OPEN and timezone.now() < challenge.deadline


def visible_challenges(user) -> QuerySet[Challenge]:
    """Published challenges, plus the user's organisations' and panels' ones; staff: all."""
    if is_staff(user):
        return Challenge.objects.all()
    public = Q(status__in=list(PUBLISHED))
    if not user.is_authenticated:
        return Challenge.objects.filter(public)
    own = Q(organisation_id__in=org_ids(user)) | Q(experts__user=user)
    return Challenge.objects.filter(public | own).distinct()


def has_accepted_nda(user, challenge: Challenge) -> bool:
    if not user.is_authenticated:
        return False
    return NdaAcceptance.objects.filter(challenge=challenge, user=user).exists()


def may_read_details(user, challenge: Challenge) -> bool:
    """The confidential details: owner, staff, panel, and whoever accepted the NDA."""
    if not challenge.needs_nda:
        return True
    return (
        is_staff(user)
        or is_owner(user, challenge)
        or expert_seat(user, challenge) is not None
        or has_accepted_nda(user, challenge)
    )


def review_of(user, application: Application) -> Review | None:
    if not user.is_authenticated:
        return None
    return Review.objects.filter(expert__user=user, application=application).first()


def expert_may_read(user, application: Application) -> bool:
    """An expert reads a sent application once they declared no conflict on it."""
    if application.status not in SENT or application.challenge.status not in PUBLISHED:
        return False
    review = review_of(user, application)
    return review is not None and not review.conflicted


def visible_applications(user, challenge: Challenge) -> QuerySet[Application]:
    """The applications of `challenge` the user may open (see the module docstring)."""
    queryset = Application.objects.filter(challenge=challenge)
    if is_staff(user):
        return queryset
    if not user.is_authenticated:
        return queryset.none()
    own = Q(organisation_id__in=org_ids(user))
    if is_owner(user, challenge):
        return queryset.filter(own | Q(status__in=SENT))
    panel = Q(reviews__expert__user=user, reviews__conflicted=False, status__in=SENT)
    return queryset.filter(own | panel).distinct()


def panel_applications(user, challenge: Challenge) -> QuerySet[Application]:
    """Sent applications an expert has to declare on or score (conflicted ones excluded)."""
    if expert_seat(user, challenge) is None or challenge.status not in JUDGING:
        return Application.objects.none()
    conflicted = Review.objects.filter(expert__user=user, conflicted=True)
    return Application.objects.filter(challenge=challenge, status__in=SENT).exclude(
        pk__in=conflicted.values("application_id")
    )


def identity_hidden(user, challenge: Challenge) -> bool:
    """Blind review: the panel never learns who applied (owner and staff still do)."""
    if not challenge.blind_review or is_staff(user) or is_owner(user, challenge):
        return False
    return expert_seat(user, challenge) is not None


def own_applications(user) -> QuerySet[Application]:
    if not user.is_authenticated:
        return Application.objects.none()
    return Application.objects.filter(organisation_id__in=org_ids(user))
