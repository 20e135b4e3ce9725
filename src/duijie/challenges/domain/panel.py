"""The expert panel (评榜): invitations, conflict declarations, score sheets."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from duijie.challenges.core.criteria import SCALE_MAX, SCALE_MIN, in_scale
from duijie.challenges.domain.access import review_of
from duijie.challenges.domain.errors import interpolate, refuse
from duijie.challenges.models import Application, Challenge, Expert, Review, Score
from duijie.common.audit import record_event
from duijie.common.permissions import require


def invite_expert(challenge: Challenge, *, actor, user) -> Expert:
    """Seat a platform user on the panel (the owner or platform staff invite)."""
    require(actor, "challenges.manage_panel", challenge)
    if user.memberships.filter(organisation_id=challenge.organisation_id).exists():
        raise refuse(_("Members of the issuing organisation cannot sit on its panel."), "owner")
    if Expert.objects.filter(challenge=challenge, user=user).exists():
        raise refuse(_("This person is already on the panel."), "twice")
    with transaction.atomic():
        expert = Expert.objects.create(challenge=challenge, user=user, invited_by=actor)
        record_event(challenge, "challenge.expert_invited", actor=actor, expert=user.pk)
    from duijie.challenges.domain.notifications import tell_expert

    tell_expert(expert)
    return expert


def declare_conflict(
    application: Application, *, actor, conflicted: bool, note: str = ""
) -> Review:
    """The expert's declaration on one application; a conflict removes any draft scores."""
    require(actor, "challenges.declare_conflict", application)
    expert = Expert.objects.get(challenge=application.challenge, user=actor)
    if conflicted and not note.strip():
        raise refuse(_("Say briefly what the conflict of interest is."), "conflict_note")
    with transaction.atomic():
        review, _created = Review.objects.select_for_update().get_or_create(
            expert=expert, application=application, defaults={"conflicted": conflicted}
        )
        if review.conflicted and not conflicted:
            # Once declared, a conflict stands: the expert has said they cannot judge it.
            raise refuse(_("A declared conflict of interest cannot be taken back."), "conflict")
        review.conflicted, review.conflict_note = conflicted, note.strip()
        review.save(update_fields=["conflicted", "conflict_note"])
        if conflicted:
            review.scores.all().delete()
        record_event(
            application, "application.conflict_declared", actor=actor, conflicted=conflicted
        )
    return review


def _check_sheet(application: Application, values: dict, *, complete: bool) -> None:
    keys = set(application.challenge.criteria.values_list("pk", flat=True))
    if not set(values) <= keys:
        raise refuse(_("Unknown evaluation criterion."), "criterion")
    if complete and set(values) != keys:
        raise refuse(_("Score every criterion before submitting."), "incomplete")
    if any(not in_scale(v) for v in values.values()):
        raise refuse(
            interpolate(
                _("Scores are whole numbers from %(low)d to %(high)d."),
                {"low": SCALE_MIN, "high": SCALE_MAX},
            ),
            "scale",
        )


def save_scores(
    application: Application,
    *,
    actor,
    values: dict[int, int],
    comments: dict[int, str] | None = None,
    comment: str = "",
    submit: bool = False,
) -> Review:
    """Save the expert's scores (criterion id → 0–10) and comments; `submit` makes them final."""
    require(actor, "challenges.score_application", application)
    _check_sheet(application, values, complete=submit)
    comments = comments or {}
    with transaction.atomic():
        review = Review.objects.select_for_update().get(pk=review_of(actor, application).pk)
        if review.submitted_at is not None:
            raise refuse(_("These scores were submitted and can no longer change."), "submitted")
        for key, value in values.items():
            Score.objects.update_or_create(
                review=review,
                criterion_id=key,
                defaults={"value": value, "comment": (comments.get(key) or "").strip()},
            )
        review.comment = comment.strip()
        if submit:
            review.submitted_at = timezone.now()
        review.save(update_fields=["comment", "submitted_at"])
        record_event(application, "application.scored", actor=actor, submitted=submit)
    return review


def panel_progress(challenge: Challenge) -> list[dict]:
    """Per expert: applications declared, conflicted and submitted (for the owner and staff)."""
    rows = []
    for expert in challenge.experts.select_related("user"):
        reviews = list(expert.reviews.all())
        rows.append(
            {
                "expert": expert,
                "declared": len(reviews),
                "conflicted": sum(r.conflicted for r in reviews),
                "submitted": sum(r.submitted_at is not None for r in reviews),
            }
        )
    return rows
