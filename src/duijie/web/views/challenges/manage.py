"""The owner's and staff's pages: writing a challenge, review, stages, panel and decision."""

from __future__ import annotations

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from duijie.challenges.core.lifecycle import Status, allowed_next
from duijie.challenges.domain import decisions, lifecycle, panel
from duijie.challenges.domain.access import takes_applications
from duijie.challenges.domain.results import ranking, scores_shown_to
from duijie.challenges.interfaces.forms import (
    AwardForm,
    ChallengeForm,
    ChoiceOfApplicationsForm,
    InviteExpertForm,
    MilestoneForm,
)
from duijie.challenges.models import ApplicationStatus, ChallengeStatus
from duijie.common.errors import DomainError
from duijie.directory.models import Organisation
from duijie.events.models import Event
from duijie.web.views.challenges.common import visible_challenge
from duijie.web.views.helpers import require_perm, run_domain

# The moves the stage form offers, each with the domain function that takes it.
MOVES = {
    Status.EVALUATION: lambda c, actor, reason: lifecycle.close_applications(c, actor=actor),
    Status.PITCH: lambda c, actor, reason: lifecycle.start_pitch(c, actor=actor, note=reason),
    Status.CANCELLED: lambda c, actor, reason: lifecycle.cancel_challenge(
        c, actor=actor, reason=reason
    ),
    Status.NO_AWARD: lambda c, actor, reason: decisions.close_without_award(
        c, actor=actor, reason=reason
    ),
    Status.ACCEPTED: lambda c, actor, reason: decisions.finish_delivery(
        c, actor=actor, accept=True, reason=reason
    ),
    Status.TERMINATED: lambda c, actor, reason: decisions.finish_delivery(
        c, actor=actor, accept=False, reason=reason
    ),
}


def _own_organisations(user):
    return Organisation.objects.filter(memberships__user=user).order_by("name_en", "name_zh")


def _save(request, form, action, *args, **kwargs):
    """Run a create/update action; domain refusals land on the form, nothing is lost."""
    try:
        return action(
            *args,
            actor=request.user,
            fields=form.domain_fields(),
            criteria=form.cleaned_data["criteria"],
            **kwargs,
        )
    except DomainError as error:
        field = error.code if error.code in form.fields else None
        form.add_error(field, error.message)
        return None


@login_required
def challenge_create(request):
    require_perm(request, "challenges.create_challenge")
    orgs = _own_organisations(request.user)
    form = ChallengeForm(request.POST or None, initial={"content_locale": request.LANGUAGE_CODE})
    form.fields["organisation"] = forms.ModelChoiceField(
        label=_("Issuing organisation"), queryset=orgs, initial=orgs.first(), empty_label=None
    )
    if request.method == "POST" and form.is_valid():
        saved = _save(
            request,
            form,
            lifecycle.create_challenge,
            organisation=form.cleaned_data["organisation"],
        )
        if saved is not None:
            return redirect("web:challenges_detail", challenge_id=saved.pk)
    return render(
        request, "web/challenges/form.html", {"form": form}, status=_status(request, form)
    )


@login_required
def challenge_edit(request, challenge_id: int):
    challenge = visible_challenge(request, challenge_id)
    require_perm(request, "challenges.change_challenge", challenge)
    form = ChallengeForm(request.POST or None, instance=challenge)
    if request.method == "POST" and form.is_valid():
        fresh = type(challenge).objects.get(pk=challenge.pk)
        if _save(request, form, lifecycle.update_challenge, fresh) is not None:
            return redirect("web:challenges_detail", challenge_id=challenge.pk)
    context = {"form": form, "challenge": challenge}
    return render(request, "web/challenges/form.html", context, status=_status(request, form))


def _status(request, form) -> int:
    return 400 if request.method == "POST" and form.errors else 200


@login_required
@require_POST
def challenge_submit(request, challenge_id: int):
    challenge = visible_challenge(request, challenge_id)
    require_perm(request, "challenges.submit_challenge", challenge)
    run_domain(
        request,
        lifecycle.submit_challenge,
        challenge,
        actor=request.user,
        success=_("Sent to platform staff for review."),
    )
    return redirect("web:challenges_detail", challenge_id=challenge.pk)


@login_required
@require_POST
def challenge_review(request, challenge_id: int):
    """Platform staff publish the challenge or return it with a reason."""
    challenge = visible_challenge(request, challenge_id)
    require_perm(request, "challenges.review_challenge", challenge)
    if request.POST.get("decision") == "approve":
        run_domain(
            request,
            lifecycle.approve_challenge,
            challenge,
            actor=request.user,
            success=_("Published: the challenge is open for applications."),
        )
    else:
        run_domain(
            request,
            lifecycle.return_challenge,
            challenge,
            actor=request.user,
            reason=request.POST.get("reason", ""),
            success=_("Returned to the owner."),
        )
    return redirect("web:challenges_detail", challenge_id=challenge.pk)


@login_required
@require_POST
def challenge_stage(request, challenge_id: int):
    challenge = visible_challenge(request, challenge_id)
    target = request.POST.get("to", "")
    perm = (
        "challenges.cancel_challenge"
        if target == Status.CANCELLED
        else "challenges.manage_challenge"
    )
    require_perm(request, perm, challenge)
    move = MOVES.get(target)
    if move is None or target not in allowed_next(challenge.status):
        raise PermissionDenied
    if target == Status.PITCH:
        event = _organised_events(request.user).filter(pk=_int(request.POST.get("event"))).first()
        run_domain(
            request,
            lifecycle.start_pitch,
            challenge,
            actor=request.user,
            note=request.POST.get("reason", ""),
            event=event,
            success=_("Stage updated."),
        )
        return redirect("web:challenges_manage", challenge_id=challenge.pk)
    run_domain(
        request,
        move,
        challenge,
        request.user,
        request.POST.get("reason", ""),
        success=_("Stage updated."),
    )
    return redirect("web:challenges_manage", challenge_id=challenge.pk)


def _organised_events(user):
    """Events the user organises, where a pitch session can take place."""
    return Event.objects.filter(organisers=user).order_by("-starts_on")


def _int(value) -> int | None:
    return int(value) if value and str(value).isdigit() else None


def _choices(challenge, statuses):
    apps = challenge.applications.filter(status__in=statuses).select_related("organisation")
    return [(a.pk, a.organisation.name) for a in apps]


def manage_context(request, challenge, **forms_given) -> dict:
    user = request.user
    sent = (ApplicationStatus.SUBMITTED, ApplicationStatus.SHORTLISTED)
    can_manage = user.has_perm("challenges.manage_challenge", challenge)
    status = challenge.status
    context = {
        "challenge": challenge,
        "ranked": ranking(challenge, actor=user),
        "score_sheets": scores_shown_to(user, challenge),
        "criteria": list(challenge.criteria.all()),
        "progress": panel.panel_progress(challenge),
        "can_manage": can_manage,
        "can_invite": user.has_perm("challenges.manage_panel", challenge),
        "can_cancel": user.has_perm("challenges.cancel_challenge", challenge),
        "moves": [(m, m.label) for m in _moves(challenge)] if can_manage else [],
        "invite_form": InviteExpertForm(),
        "milestones": challenge.milestones.select_related("application__organisation"),
        "pitch_events": _organised_events(user) if Status.PITCH in allowed_next(status) else [],
    }
    if can_manage and status == Status.EVALUATION:
        context["shortlist_form"] = forms_given.get("shortlist_form") or ChoiceOfApplicationsForm(
            choices=_choices(challenge, sent), reason_required=False
        )
    if can_manage and status in {Status.SHORTLIST, Status.PITCH}:
        context["award_form"] = forms_given.get("award_form") or AwardForm(
            choices=_choices(challenge, [ApplicationStatus.SHORTLISTED])
        )
    if can_manage and status in {Status.AWARDED, Status.DELIVERY}:
        context["milestone_form"] = MilestoneForm(
            choices=_choices(challenge, [ApplicationStatus.AWARDED])
        )
    return context


def _moves(challenge):
    """The stages the owner may move to now (evaluation only once the deadline has passed)."""
    early = takes_applications(challenge)
    return [
        ChallengeStatus(s.value)
        for s in allowed_next(challenge.status)
        if s in MOVES and not (early and s == Status.EVALUATION)
    ]


@login_required
def challenge_manage(request, challenge_id: int):
    challenge = visible_challenge(request, challenge_id)
    require_perm(request, "challenges.view_panel", challenge)
    return render(request, "web/challenges/manage.html", manage_context(request, challenge))


@login_required
@require_POST
def challenge_shortlist(request, challenge_id: int):
    challenge = visible_challenge(request, challenge_id)
    require_perm(request, "challenges.manage_challenge", challenge)
    sent = (ApplicationStatus.SUBMITTED, ApplicationStatus.SHORTLISTED)
    form = ChoiceOfApplicationsForm(
        request.POST, choices=_choices(challenge, sent), reason_required=False
    )
    if not form.is_valid():
        context = manage_context(request, challenge, shortlist_form=form)
        return render(request, "web/challenges/manage.html", context, status=400)
    run_domain(
        request,
        decisions.shortlist,
        challenge,
        actor=request.user,
        application_ids=form.cleaned_data["applications"],
        note=form.cleaned_data["reason"],
        success=_("Shortlist recorded."),
    )
    return redirect("web:challenges_manage", challenge_id=challenge.pk)


@login_required
@require_POST
def challenge_award(request, challenge_id: int):
    challenge = visible_challenge(request, challenge_id)
    require_perm(request, "challenges.manage_challenge", challenge)
    # Every sent application is offered, so that the domain's refusal is what the owner reads.
    sent = (ApplicationStatus.SUBMITTED, ApplicationStatus.SHORTLISTED)
    form = AwardForm(request.POST, choices=_choices(challenge, sent))
    if not form.is_valid():
        context = manage_context(request, challenge, award_form=form)
        return render(request, "web/challenges/manage.html", context, status=400)
    run_domain(
        request,
        decisions.award,
        challenge,
        actor=request.user,
        winner_ids=form.cleaned_data["applications"],
        reason=form.cleaned_data["reason"],
        publish=form.cleaned_data["publish"],
        success=_("The award is recorded and every applicant has been told."),
    )
    return redirect("web:challenges_manage", challenge_id=challenge.pk)


@login_required
@require_POST
def expert_invite(request, challenge_id: int):
    challenge = visible_challenge(request, challenge_id)
    require_perm(request, "challenges.manage_panel", challenge)
    form = InviteExpertForm(request.POST)
    if not form.is_valid():
        context = manage_context(request, challenge)
        context["invite_form"] = form
        return render(request, "web/challenges/manage.html", context, status=400)
    run_domain(
        request,
        panel.invite_expert,
        challenge,
        actor=request.user,
        user=form.cleaned_data["email"],
        success=_("The expert is on the panel."),
    )
    return redirect("web:challenges_manage", challenge_id=challenge.pk)


@login_required
@require_POST
def milestone_add(request, challenge_id: int):
    challenge = visible_challenge(request, challenge_id)
    require_perm(request, "challenges.manage_challenge", challenge)
    form = MilestoneForm(request.POST, choices=_choices(challenge, [ApplicationStatus.AWARDED]))
    if not form.is_valid():
        context = manage_context(request, challenge)
        context["milestone_form"] = form
        return render(request, "web/challenges/manage.html", context, status=400)
    winner = get_object_or_404(challenge.applications, pk=form.cleaned_data["application"])
    run_domain(
        request,
        decisions.add_milestone,
        challenge,
        actor=request.user,
        application=winner,
        title=form.cleaned_data["title"],
        due_on=form.cleaned_data["due_on"],
        success=_("Milestone added."),
    )
    return redirect("web:challenges_manage", challenge_id=challenge.pk)
