"""Shortlist, award (定榜), no award and delivery (履约/验收) of a challenge."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from duijie.challenges.core.lifecycle import Status
from duijie.challenges.domain import files
from duijie.challenges.domain.errors import refuse
from duijie.challenges.domain.lifecycle import move_challenge
from duijie.challenges.domain.notifications import tell_applicants, tell_owner
from duijie.challenges.models import (
    Application,
    ApplicationStatus,
    Challenge,
    Milestone,
    MilestoneStatus,
)
from duijie.common.audit import record_event
from duijie.common.permissions import require


def _sent(challenge: Challenge, ids) -> list[Application]:
    ids = {int(i) for i in ids}
    found = list(
        Application.objects.filter(
            challenge=challenge,
            pk__in=ids,
            status__in=(ApplicationStatus.SUBMITTED, ApplicationStatus.SHORTLISTED),
        )
    )
    if not ids or len(found) != len(ids):
        raise refuse(_("Choose among the applications that were submitted."), "applications")
    return found


def shortlist(challenge: Challenge, *, actor, application_ids, note: str = "") -> Challenge:
    """Keep the best applications for the final decision (and the pitch, if there is one)."""
    require(actor, "challenges.manage_challenge", challenge)
    chosen = _sent(challenge, application_ids)
    with transaction.atomic():
        move_challenge(challenge, actor=actor, to=Status.SHORTLIST, reason=note)
        Application.objects.filter(pk__in=[a.pk for a in chosen]).update(
            status=ApplicationStatus.SHORTLISTED, updated_at=timezone.now()
        )
        record_event(challenge, "challenge.shortlisted", actor=actor, count=len(chosen))
    return challenge


def award(
    challenge: Challenge, *, actor, winner_ids, reason: str, publish: bool = False
) -> Challenge:
    """Record the decision: winners (shortlisted only) with reasons; every applicant is told."""
    require(actor, "challenges.manage_challenge", challenge)
    ids = {int(i) for i in winner_ids}
    winners = Application.objects.filter(
        challenge=challenge, pk__in=ids, status=ApplicationStatus.SHORTLISTED
    )
    if not ids or winners.count() != len(ids):
        raise refuse(_("Only shortlisted applications can win the award."), "not_shortlisted")
    with transaction.atomic():
        move_challenge(challenge, actor=actor, to=Status.AWARDED, reason=reason)
        now = timezone.now()
        others = Application.objects.filter(
            challenge=challenge,
            status__in=(ApplicationStatus.SUBMITTED, ApplicationStatus.SHORTLISTED),
        ).exclude(pk__in=ids)
        others.update(status=ApplicationStatus.NOT_SELECTED, updated_at=now)
        winners.update(
            status=ApplicationStatus.AWARDED, decision_reason=reason.strip(), updated_at=now
        )
        Challenge.objects.filter(pk=challenge.pk).update(
            decision=reason.strip(), decided_at=now, publish_result=publish
        )
        record_event(challenge, "challenge.awarded", actor=actor, winners=sorted(ids))
        tell_applicants(challenge, "decided")
    challenge.refresh_from_db()
    return challenge


def close_without_award(challenge: Challenge, *, actor, reason: str) -> Challenge:
    """No application meets the need: close the challenge, say why to every applicant."""
    require(actor, "challenges.manage_challenge", challenge)
    with transaction.atomic():
        move_challenge(challenge, actor=actor, to=Status.NO_AWARD, reason=reason)
        Application.objects.filter(
            challenge=challenge,
            status__in=(ApplicationStatus.SUBMITTED, ApplicationStatus.SHORTLISTED),
        ).update(status=ApplicationStatus.NOT_SELECTED, updated_at=timezone.now())
        tell_applicants(challenge, "no_award")
    return challenge


def add_milestone(challenge: Challenge, *, actor, application: Application, title: str, due_on):
    """Plan one delivery step of a winning application."""
    require(actor, "challenges.manage_challenge", challenge)
    if application.challenge_id != challenge.pk or application.status != ApplicationStatus.AWARDED:
        raise refuse(_("Milestones belong to a winning application."), "application")
    if challenge.status not in {Status.AWARDED, Status.DELIVERY}:
        raise refuse(_("Milestones are planned once the award is announced."), "status")
    if not title.strip():
        raise refuse(_("Name the milestone."), "title")
    with transaction.atomic():
        milestone = Milestone.objects.create(
            challenge=challenge, application=application, title=title.strip(), due_on=due_on
        )
        if challenge.status == Status.AWARDED:
            move_challenge(challenge, actor=actor, to=Status.DELIVERY)
        record_event(challenge, "challenge.milestone_added", actor=actor, milestone=milestone.pk)
    return milestone


def submit_evidence(milestone: Milestone, *, actor, note: str, uploads=()) -> Milestone:
    """The winner reports a milestone done, with evidence files checked like attachments."""
    require(actor, "challenges.submit_evidence", milestone)
    if milestone.status not in {MilestoneStatus.PENDING, MilestoneStatus.RETURNED}:
        raise refuse(_("This milestone is not waiting for evidence."), "status")
    if not note.strip() and not uploads:
        raise refuse(_("Describe the evidence or attach a file."), "evidence")
    checked = files.check_files(uploads, already=milestone.evidence.count())
    with files.removed_on_failure() as stored, transaction.atomic():
        files.store(checked, actor=actor, stored=stored, milestone=milestone)
        milestone.status, milestone.evidence_note = MilestoneStatus.SUBMITTED, note.strip()
        milestone.submitted_at = timezone.now()
        milestone.save(update_fields=["status", "evidence_note", "submitted_at"])
        record_event(milestone.challenge, "challenge.evidence_submitted", actor=actor)
        tell_owner(milestone.challenge, "evidence")
    return milestone


def review_milestone(milestone: Milestone, *, actor, accept: bool, note: str = "") -> Milestone:
    """The owner accepts the evidence, or returns it with what is missing."""
    require(actor, "challenges.accept_milestone", milestone)
    if milestone.status != MilestoneStatus.SUBMITTED:
        raise refuse(_("There is no evidence to review for this milestone."), "status")
    if not accept and not note.strip():
        raise refuse(_("Say what is missing."), "note")
    with transaction.atomic():
        milestone.status = MilestoneStatus.ACCEPTED if accept else MilestoneStatus.RETURNED
        milestone.review_note = note.strip()
        milestone.accepted_at = timezone.now() if accept else None
        milestone.save(update_fields=["status", "review_note", "accepted_at"])
        record_event(
            milestone.challenge, "challenge.milestone_reviewed", actor=actor, accept=accept
        )
    return milestone


def finish_delivery(challenge: Challenge, *, actor, accept: bool, reason: str = "") -> Challenge:
    """Accept the delivered work (every milestone accepted) or terminate it with a reason."""
    require(actor, "challenges.manage_challenge", challenge)
    if accept and (
        not challenge.milestones.exists()
        or challenge.milestones.exclude(status=MilestoneStatus.ACCEPTED).exists()
    ):
        raise refuse(_("Accept every milestone before accepting the delivery."), "milestones")
    with transaction.atomic():
        target = Status.ACCEPTED if accept else Status.TERMINATED
        return move_challenge(challenge, actor=actor, to=target, reason=reason)
