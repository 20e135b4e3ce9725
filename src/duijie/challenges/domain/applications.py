"""Applications (揭榜): drafts, submission before the deadline, withdrawal, NDA acceptance."""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from duijie.challenges.domain import files
from duijie.challenges.domain.access import has_accepted_nda, takes_applications
from duijie.challenges.domain.errors import interpolate, refuse
from duijie.challenges.models import (
    Application,
    ApplicationStatus,
    Challenge,
    NdaAcceptance,
)
from duijie.common.audit import record_event
from duijie.common.errors import PermissionDenied
from duijie.common.permissions import require

APPLICATION_FIELDS = (
    "approach",
    "team",
    "trl",
    "budget",
    "currency",
    "timeline",
    "references",
    "content_locale",
)


def accept_nda(challenge: Challenge, *, actor) -> NdaAcceptance:
    """Record that the actor accepted the non-disclosure terms (once per person)."""
    require(actor, "challenges.accept_nda", challenge)
    existing = NdaAcceptance.objects.filter(challenge=challenge, user=actor).first()
    if existing:
        return existing
    with transaction.atomic():
        org = actor.memberships.values_list("organisation_id", flat=True).first()
        acceptance = NdaAcceptance.objects.create(
            challenge=challenge, user=actor, organisation_id=org, terms=challenge.nda_text
        )
        record_event(challenge, "challenge.nda_accepted", actor=actor)
    return acceptance


def check_eligible(challenge: Challenge, organisation) -> None:
    """Refuse organisations outside the challenge's countries or organisation types."""
    countries, types = challenge.eligible_countries, challenge.eligible_org_types
    if countries and organisation.country not in countries:
        raise refuse(_("Organisations from your country are not eligible."), "eligibility")
    if types and organisation.org_type not in types:
        raise refuse(_("Your type of organisation is not eligible."), "eligibility")


def _check_may_apply(challenge: Challenge, organisation, actor) -> None:
    if not actor.memberships.filter(organisation=organisation).exists():
        raise PermissionDenied()
    if not takes_applications(challenge):
        raise refuse(_("This challenge no longer takes applications."), "deadline")
    require(actor, "challenges.apply", challenge)
    if challenge.needs_nda and not has_accepted_nda(actor, challenge):
        raise refuse(_("Accept the non-disclosure terms before applying."), "nda")
    check_eligible(challenge, organisation)


def _check_trl(challenge: Challenge, trl) -> None:
    low, high = challenge.trl_min, challenge.trl_max
    if trl is not None and ((low and trl < low) or (high and trl > high)):
        raise refuse(
            interpolate(
                _("This challenge asks for TRL %(low)s–%(high)s."),
                {"low": low or 1, "high": high or 9},
            ),
            "trl",
        )


def start_application(
    challenge: Challenge, *, actor, organisation, fields: dict, uploads=(), submit=False
) -> Application:
    """Write the organisation's one application, as a draft or sent at once."""
    _check_may_apply(challenge, organisation, actor)
    data = {k: v for k, v in fields.items() if k in APPLICATION_FIELDS}
    _check_trl(challenge, data.get("trl"))
    if Application.objects.filter(challenge=challenge, organisation=organisation).exists():
        raise refuse(_("Your organisation has already applied to this challenge."), "twice")
    checked = files.check_files(uploads)
    try:
        with files.removed_on_failure() as stored, transaction.atomic():
            application = Application.objects.create(
                challenge=challenge, organisation=organisation, created_by=actor, **data
            )
            files.store(checked, actor=actor, stored=stored, application=application)
            record_event(application, "application.created", actor=actor)
            if submit:
                _submit(application, actor)
    except IntegrityError as error:
        # Two members applying at the same moment: the database keeps one application.
        raise refuse(
            _("Your organisation has already applied to this challenge."), "twice"
        ) from error
    return application


def update_application(application: Application, *, actor, fields: dict, uploads=(), submit=False):
    """Change the application (until the deadline), add files, optionally send it."""
    require(actor, "challenges.change_application", application)
    data = {name: getattr(application, name) for name in APPLICATION_FIELDS}
    data.update({k: v for k, v in fields.items() if k in APPLICATION_FIELDS})
    _check_trl(application.challenge, data.get("trl"))
    checked = files.check_files(uploads, already=application.attachments.count())
    with files.removed_on_failure() as stored, transaction.atomic():
        locked = Application.objects.select_for_update().get(pk=application.pk)
        files.check_count(locked.attachments.count() + len(checked))
        for name, value in data.items():
            setattr(locked, name, value)
        locked.save()
        files.store(checked, actor=actor, stored=stored, application=locked)
        record_event(locked, "application.edited", actor=actor, files=len(stored))
        if submit and locked.status == ApplicationStatus.DRAFT:
            _submit(locked, actor)
    application.refresh_from_db()
    return application


def _submit(application: Application, actor) -> None:
    application.status, application.submitted_at = ApplicationStatus.SUBMITTED, timezone.now()
    application.save(update_fields=["status", "submitted_at", "updated_at"])
    record_event(application, "application.submitted", actor=actor)


def withdraw_application(application: Application, *, actor) -> Application:
    """Take the application back before the deadline; it can be sent again later."""
    require(actor, "challenges.withdraw_application", application)
    with transaction.atomic():
        application.status = ApplicationStatus.WITHDRAWN
        application.save(update_fields=["status", "updated_at"])
        record_event(application, "application.withdrawn", actor=actor)
    return application


def reopen_application(application: Application, *, actor) -> Application:
    """Turn a withdrawn application back into a draft (before the deadline)."""
    require(actor, "challenges.reopen_application", application)
    with transaction.atomic():
        application.status, application.submitted_at = ApplicationStatus.DRAFT, None
        application.save(update_fields=["status", "submitted_at", "updated_at"])
        record_event(application, "application.reopened", actor=actor)
    return application
