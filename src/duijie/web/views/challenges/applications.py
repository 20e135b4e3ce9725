"""The applicant's pages: apply, edit the draft, send, withdraw, and see the status."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from duijie.challenges.domain import applications as domain
from duijie.challenges.domain import questions
from duijie.challenges.domain.access import (
    identity_hidden,
    is_staff,
    own_applications,
    takes_applications,
)
from duijie.challenges.interfaces.forms import ApplicationForm, EvidenceForm, MilestoneReviewForm
from duijie.challenges.interfaces.labels import applicant_label
from duijie.common.errors import DomainError
from duijie.directory.models import Organisation
from duijie.web.views.challenges.common import visible_application, visible_challenge
from duijie.web.views.helpers import require_perm, run_domain


def _run(request, form, action, *args, **kwargs):
    """Run an application action; refusals land on the form so nothing typed is lost."""
    try:
        return action(
            *args,
            actor=request.user,
            fields=form.domain_fields(),
            uploads=form.cleaned_data["attachments"],
            submit="send" in request.POST,
            **kwargs,
        )
    except DomainError as error:
        form.add_error(error.code if error.code in form.fields else None, error.message)
        return None


@login_required
def application_start(request, challenge_id: int):
    challenge = visible_challenge(request, challenge_id)
    own = own_applications(request.user).filter(challenge=challenge).first()
    if own is not None:
        return redirect("web:challenges_application", application_id=own.pk)
    if not takes_applications(challenge):
        messages.error(request, _("This challenge no longer takes applications."))
        return redirect("web:challenges_detail", challenge_id=challenge.pk)
    require_perm(request, "challenges.apply", challenge)
    orgs = Organisation.objects.filter(memberships__user=request.user)
    initial = {"content_locale": request.LANGUAGE_CODE, "currency": challenge.reward_currency}
    form = ApplicationForm(request.POST or None, request.FILES or None, initial=initial)
    form.fields["organisation"] = forms.ModelChoiceField(
        label=_("On behalf of"), queryset=orgs, initial=orgs.first(), empty_label=None
    )
    if request.method == "POST" and form.is_valid():
        saved = _run(
            request,
            form,
            domain.start_application,
            challenge,
            organisation=form.cleaned_data["organisation"],
        )
        if saved is not None:
            return redirect("web:challenges_application", application_id=saved.pk)
    context = {"form": form, "challenge": challenge}
    status = 400 if form.errors else 200
    return render(request, "web/challenges/application_form.html", context, status=status)


@login_required
def application_edit(request, application_id: int):
    application = visible_application(request, application_id)
    require_perm(request, "challenges.change_application", application)
    form = ApplicationForm(
        request.POST or None,
        request.FILES or None,
        instance=application,
        already=application.attachments.count(),
    )
    if request.method == "POST" and form.is_valid():
        fresh = type(application).objects.get(pk=application.pk)
        if _run(request, form, domain.update_application, fresh) is not None:
            return redirect("web:challenges_application", application_id=application.pk)
    context = {"form": form, "challenge": application.challenge, "application": application}
    status = 400 if form.errors else 200
    return render(request, "web/challenges/application_form.html", context, status=status)


@login_required
def application_detail(request, application_id: int):
    application = visible_application(request, application_id)
    user, challenge = request.user, application.challenge
    hidden = identity_hidden(user, challenge)
    milestones = application.milestones.prefetch_related("evidence")
    context = {
        "application": application,
        "challenge": challenge,
        "applicant": applicant_label(application, hidden=hidden),
        "identity_hidden": hidden,
        "attachments": application.attachments.all(),
        "can_edit": user.has_perm("challenges.change_application", application),
        "can_withdraw": user.has_perm("challenges.withdraw_application", application),
        "can_reopen": user.has_perm("challenges.reopen_application", application),
        "milestones": [
            (
                m,
                user.has_perm("challenges.submit_evidence", m),
                user.has_perm("challenges.accept_milestone", m),
            )
            for m in milestones
        ],
        "can_discuss": user.has_perm("challenges.discuss_application", application),
        "messages_shown": user.has_perm("challenges.discuss_application", application)
        or is_staff(user),
        "evidence_form": EvidenceForm(),
        "milestone_review_form": MilestoneReviewForm(),
    }
    return render(request, "web/challenges/application_detail.html", context)


@login_required
@require_POST
def application_withdraw(request, application_id: int):
    application = visible_application(request, application_id)
    require_perm(request, "challenges.withdraw_application", application)
    run_domain(
        request,
        domain.withdraw_application,
        application,
        actor=request.user,
        success=_("Application withdrawn. You can send it again until the deadline."),
    )
    return redirect("web:challenges_application", application_id=application.pk)


@login_required
@require_POST
def application_reopen(request, application_id: int):
    application = visible_application(request, application_id)
    require_perm(request, "challenges.reopen_application", application)
    run_domain(
        request,
        domain.reopen_application,
        application,
        actor=request.user,
        success=_("The application is a draft again."),
    )
    return redirect("web:challenges_application", application_id=application.pk)


@login_required
@require_POST
def application_message(request, application_id: int):
    application = visible_application(request, application_id)
    require_perm(request, "challenges.discuss_application", application)
    run_domain(
        request,
        questions.post_message,
        application,
        actor=request.user,
        body=request.POST.get("body", ""),
        content_locale=request.POST.get("content_locale") or request.LANGUAGE_CODE,
        success=_("Message sent."),
    )
    return redirect("web:challenges_application", application_id=application.pk)
