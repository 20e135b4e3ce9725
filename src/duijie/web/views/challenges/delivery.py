"""Delivery pages: the winner's evidence, the owner's acceptance, and file downloads."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from duijie.challenges.domain import decisions
from duijie.challenges.interfaces.forms import EvidenceForm, MilestoneReviewForm
from duijie.web.views.challenges.common import file_response, milestone_or_404
from duijie.web.views.helpers import run_domain


def _back(milestone):
    return redirect("web:challenges_application", application_id=milestone.application_id)


def _form_errors(request, form) -> None:
    for errors in form.errors.values():
        for error in errors:
            messages.error(request, error)


@login_required
@require_POST
def evidence_submit(request, milestone_id: int):
    milestone = milestone_or_404(milestone_id)
    if not request.user.has_perm("challenges.submit_evidence", milestone):
        raise Http404
    form = EvidenceForm(request.POST, request.FILES)
    if not form.is_valid():
        _form_errors(request, form)
        return _back(milestone)
    run_domain(
        request,
        decisions.submit_evidence,
        milestone,
        actor=request.user,
        note=form.cleaned_data["note"],
        uploads=form.cleaned_data["files"],
        success=_("Evidence sent to the owner."),
    )
    return _back(milestone)


@login_required
@require_POST
def milestone_review(request, milestone_id: int):
    milestone = milestone_or_404(milestone_id)
    if not request.user.has_perm("challenges.accept_milestone", milestone):
        raise Http404
    form = MilestoneReviewForm(request.POST)
    if not form.is_valid():
        _form_errors(request, form)
        return _back(milestone)
    run_domain(
        request,
        decisions.review_milestone,
        milestone,
        actor=request.user,
        accept=form.cleaned_data["accept"],
        note=form.cleaned_data["note"],
        success=_("Milestone reviewed."),
    )
    return _back(milestone)


@login_required
def file_download(request, file_id: int):
    return file_response(request, file_id)
