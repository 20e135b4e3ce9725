"""Challenges from draft to decision: writing, staff review, the stages and their reasons."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from duijie.challenges.core.criteria import weights_problem
from duijie.challenges.core.lifecycle import Status, TransitionError, check_transition
from duijie.challenges.domain.errors import (
    TRANSITION_ERRORS,
    WEIGHT_ERRORS,
    check_text,
    refuse,
)
from duijie.challenges.models import Challenge, Confidentiality, Criterion
from duijie.challenges.signals import challenge_opened
from duijie.common.audit import record_event
from duijie.common.errors import PermissionDenied
from duijie.common.permissions import require
from duijie.directory.models import Country, OrgType

CHALLENGE_FIELDS = (
    "title",
    "problem",
    "expected_results",
    "content_locale",
    "title_other",
    "problem_other",
    "expected_results_other",
    "eligible_countries",
    "eligible_org_types",
    "trl_min",
    "trl_max",
    "reward_amount",
    "reward_currency",
    "reward_in_kind",
    "deadline",
    "required_documents",
    "confidentiality",
    "confidential_details",
    "nda_text",
    "blind_review",
    "listing",
)


def check_fields(data: dict) -> None:
    """Refuse a challenge whose particulars contradict each other."""
    if not set(data.get("eligible_countries") or ()) <= set(Country.values):
        raise refuse(_("Unknown country in the eligibility."), "eligible_countries")
    if not set(data.get("eligible_org_types") or ()) <= set(OrgType.values):
        raise refuse(_("Unknown organisation type in the eligibility."), "eligible_org_types")
    low, high = data.get("trl_min"), data.get("trl_max")
    if low is not None and high is not None and low > high:
        raise refuse(_("The lowest TRL cannot be above the highest."), "trl_max")
    if data.get("confidentiality") == Confidentiality.NDA and not (data.get("nda_text") or ""):
        raise refuse(_("Write the non-disclosure terms applicants accept."), "nda_text")
    if not (data.get("reward_amount") or (data.get("reward_in_kind") or "").strip()):
        raise refuse(_("Give a reward: an amount, something in kind, or both."), "reward_amount")


def check_criteria(criteria: list[dict]) -> None:
    problem = weights_problem([c.get("weight") for c in criteria])
    if problem:
        raise refuse(WEIGHT_ERRORS[problem], "criteria")
    if any(not (c.get("name") or "").strip() for c in criteria):
        raise refuse(_("Name every evaluation criterion."), "criteria")


def _write_criteria(challenge: Challenge, criteria: list[dict]) -> None:
    challenge.criteria.all().delete()
    Criterion.objects.bulk_create(
        Criterion(
            challenge=challenge,
            name=c["name"].strip(),
            description=(c.get("description") or "").strip(),
            weight=c["weight"],
            position=index,
        )
        for index, c in enumerate(criteria)
    )


def create_challenge(*, actor, organisation, fields: dict, criteria=None) -> Challenge:
    """Write a draft challenge for one of the actor's organisations."""
    require(actor, "challenges.create_challenge")
    if not actor.memberships.filter(organisation=organisation).exists():
        raise PermissionDenied(_("You can only issue challenges for your own organisation."))
    data = {k: v for k, v in fields.items() if k in CHALLENGE_FIELDS}
    check_fields(data)
    if criteria is not None:
        check_criteria(criteria)
    with transaction.atomic():
        challenge = Challenge.objects.create(
            organisation=organisation, created_by=actor, status=Status.DRAFT, **data
        )
        if criteria is not None:
            _write_criteria(challenge, criteria)
        record_event(challenge, "challenge.created", actor=actor, to_state=Status.DRAFT)
    return challenge


def update_challenge(challenge: Challenge, *, actor, fields: dict, criteria=None) -> Challenge:
    """Change a draft (or returned) challenge; the criteria are replaced when given."""
    require(actor, "challenges.change_challenge", challenge)
    data = {name: getattr(challenge, name) for name in CHALLENGE_FIELDS}
    data.update({k: v for k, v in fields.items() if k in CHALLENGE_FIELDS})
    check_fields(data)
    if criteria is not None:
        check_criteria(criteria)
    with transaction.atomic():
        for name, value in data.items():
            setattr(challenge, name, value)
        challenge.save()
        if criteria is not None:
            _write_criteria(challenge, criteria)
        record_event(challenge, "challenge.edited", actor=actor, fields=sorted(fields))
    return challenge


def move_challenge(challenge: Challenge, *, actor, to: str, reason: str = "") -> Challenge:
    """Record one lifecycle step on a locked row; the caller has checked who may take it."""
    reason = check_text(reason, "reason")
    locked = Challenge.objects.select_for_update().get(pk=challenge.pk)
    try:
        target = check_transition(locked.status, to, reason=reason)
    except TransitionError as error:
        raise refuse(TRANSITION_ERRORS[error.code], error.code) from error
    before = locked.status
    locked.status, locked.status_reason = target, reason.strip()
    if target == Status.OPEN and locked.published_at is None:
        locked.published_at = timezone.now()
    locked.save(update_fields=["status", "status_reason", "published_at", "updated_at"])
    record_event(
        locked,
        f"challenge.{target}",
        actor=actor,
        from_state=before,
        to_state=target,
        reason=reason.strip(),
    )
    challenge.refresh_from_db()
    return challenge


def _ready_for_publication(challenge: Challenge) -> None:
    check_criteria(list(challenge.criteria.values("name", "weight")))
    if challenge.deadline <= timezone.now():
        raise refuse(_("The application deadline must be in the future."), "deadline")


def submit_challenge(challenge: Challenge, *, actor) -> Challenge:
    """Send a draft to platform staff for review (criteria complete, deadline ahead)."""
    require(actor, "challenges.submit_challenge", challenge)
    _ready_for_publication(challenge)
    with transaction.atomic():
        return move_challenge(challenge, actor=actor, to=Status.IN_REVIEW)


def approve_challenge(challenge: Challenge, *, actor) -> Challenge:
    """Platform staff publish the challenge: it opens for applications."""
    require(actor, "challenges.review_challenge", challenge)
    _ready_for_publication(challenge)
    with transaction.atomic():
        move_challenge(challenge, actor=actor, to=Status.OPEN)
        # Likely solvers are found and told in the background, once the publication holds.
        pk = challenge.pk
        transaction.on_commit(lambda: challenge_opened.send(Challenge, challenge_id=pk))
    return challenge


def return_challenge(challenge: Challenge, *, actor, reason: str) -> Challenge:
    """Platform staff send the challenge back to its owner with what to change."""
    require(actor, "challenges.review_challenge", challenge)
    with transaction.atomic():
        return move_challenge(challenge, actor=actor, to=Status.RETURNED, reason=reason)


def close_applications(challenge: Challenge, *, actor=None) -> Challenge:
    """After the deadline, the challenge goes to the panel (the owner, or the daily task)."""
    if actor is not None:
        require(actor, "challenges.manage_challenge", challenge)
    if challenge.status == Status.OPEN and timezone.now() < challenge.deadline:
        raise refuse(_("Applications stay open until the deadline."), "deadline")
    with transaction.atomic():
        return move_challenge(challenge, actor=actor, to=Status.EVALUATION)


def start_pitch(challenge: Challenge, *, actor, note: str = "", event=None) -> Challenge:
    """The shortlisted present to the panel, optionally at an event the actor organises."""
    from duijie.challenges.domain.notifications import tell_shortlisted

    require(actor, "challenges.manage_challenge", challenge)
    if event is not None:
        require(actor, "events.manage_event", event)
    with transaction.atomic():
        move_challenge(challenge, actor=actor, to=Status.PITCH, reason=note)
        Challenge.objects.filter(pk=challenge.pk).update(pitch_event=event)
        challenge.refresh_from_db()
        tell_shortlisted(challenge)
    return challenge


def cancel_challenge(challenge: Challenge, *, actor, reason: str) -> Challenge:
    """Withdraw the challenge before an award; every applicant is told why."""
    from duijie.challenges.domain.notifications import tell_applicants

    require(actor, "challenges.cancel_challenge", challenge)
    with transaction.atomic():
        move_challenge(challenge, actor=actor, to=Status.CANCELLED, reason=reason)
        tell_applicants(challenge, "cancelled")
    return challenge
