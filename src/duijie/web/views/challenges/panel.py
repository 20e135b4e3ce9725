"""The expert's pages: the applications to judge, the conflict declaration, the score sheet."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from duijie.challenges.domain import panel as domain
from duijie.challenges.domain.access import (
    expert_may_read,
    expert_seat,
    identity_hidden,
    panel_applications,
    review_of,
)
from duijie.challenges.interfaces.forms import ConflictForm, ScoreForm
from duijie.challenges.interfaces.labels import applicant_label
from duijie.challenges.models import Application
from duijie.web.views.challenges.common import labelled, visible_challenge
from duijie.web.views.helpers import run_domain


@login_required
def panel_home(request, challenge_id: int):
    challenge = visible_challenge(request, challenge_id)
    if expert_seat(request.user, challenge) is None:
        raise Http404
    applications = panel_applications(request.user, challenge).select_related("organisation")
    rows = [
        (application, label, review_of(request.user, application))
        for application, label in labelled(request.user, applications, challenge)
    ]
    context = {"challenge": challenge, "rows": rows}
    return render(request, "web/challenges/panel.html", context)


def _panel_application(request, application_id: int) -> Application:
    application = get_object_or_404(
        Application.objects.select_related("challenge", "organisation"), pk=application_id
    )
    challenge = application.challenge
    if application not in panel_applications(request.user, challenge):
        raise Http404  # not on this panel, not sent, or conflicted: as if it did not exist
    return application


@login_required
def review_page(request, application_id: int, conflict_form=None, score_form=None):
    application = _panel_application(request, application_id)
    challenge, user = application.challenge, request.user
    review = review_of(user, application)
    readable = expert_may_read(user, application)
    criteria = list(challenge.criteria.all())
    if score_form is None and readable:
        initial = {"comment": review.comment}
        for score in review.scores.all():
            initial[f"score_{score.criterion_id}"] = score.value
            initial[f"comment_{score.criterion_id}"] = score.comment
        score_form = ScoreForm(initial=initial, criteria=criteria)
    context = {
        "challenge": challenge,
        "application": application if readable else None,
        "application_id": application.pk,
        "applicant": applicant_label(application, hidden=identity_hidden(user, challenge)),
        "review": review,
        "conflict_form": conflict_form or ConflictForm(),
        "score_form": score_form,
        "can_declare": user.has_perm("challenges.declare_conflict", application),
        "can_score": user.has_perm("challenges.score_application", application)
        and (review is None or review.submitted_at is None),
        "attachments": application.attachments.all() if readable else [],
    }
    status = 400 if (conflict_form or score_form and score_form.errors) else 200
    return render(request, "web/challenges/review.html", context, status=status)


@login_required
@require_POST
def review_declare(request, application_id: int):
    application = _panel_application(request, application_id)
    form = ConflictForm(request.POST)
    if not form.is_valid():
        return review_page(request, application_id, conflict_form=form)
    run_domain(
        request,
        domain.declare_conflict,
        application,
        actor=request.user,
        conflicted=form.cleaned_data["conflicted"],
        note=form.cleaned_data["note"],
        success=_("Declaration recorded."),
    )
    if form.cleaned_data["conflicted"]:
        return redirect("web:challenges_panel", challenge_id=application.challenge_id)
    return redirect("web:challenges_review", application_id=application.pk)


@login_required
@require_POST
def review_score(request, application_id: int):
    application = _panel_application(request, application_id)
    criteria = list(application.challenge.criteria.all())
    form = ScoreForm(request.POST, criteria=criteria)
    if not form.is_valid():
        return review_page(request, application_id, score_form=form)
    submit = "submit" in request.POST
    saved = run_domain(
        request,
        domain.save_scores,
        application,
        actor=request.user,
        values=form.values(),
        comments=form.comments(),
        comment=form.cleaned_data["comment"],
        submit=submit,
        success=_("Scores submitted.") if submit else _("Scores saved."),
    )
    if saved is None:
        return review_page(request, application_id, score_form=form)
    return redirect("web:challenges_review", application_id=application.pk)
