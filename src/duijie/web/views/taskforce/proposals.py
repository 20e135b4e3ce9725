from __future__ import annotations

from collections.abc import Callable

from django.contrib.auth.decorators import login_required
from django.forms import Form
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from duijie.common import phrases
from duijie.common.exports import xlsx_response
from duijie.taskforce.domain import proposals as proposal_domain
from duijie.taskforce.domain.access import unit_of, visible_proposals
from duijie.taskforce.domain.browse import (
    ProposalFilters,
    filter_proposals,
    proposal_rows,
    sessions,
    with_current_reply,
)
from duijie.taskforce.domain.replies import current_replies, open_draft
from duijie.taskforce.interfaces.proposal_forms import (
    AssignForm,
    FeedbackForm,
    NewProposalForm,
    ProposalFilterForm,
    ProposalForm,
    StepForm,
)
from duijie.taskforce.models import Proposal
from duijie.web.views.helpers import paginate, require_perm, run_domain

PROPOSAL_FIELDS = ProposalForm.base_fields.keys()


def visible_proposal(request, proposal_id: int) -> Proposal:
    """A proposal the user may see, or 404."""
    queryset = with_current_reply(visible_proposals(request.user))
    return get_object_or_404(queryset, pk=proposal_id)


def _filtered(request):
    form = ProposalFilterForm(request.GET or None, sessions=sessions())
    filters = ProposalFilters(**form.cleaned_data) if form.is_valid() else ProposalFilters()
    return form, filter_proposals(request.user, filters)


@login_required
def proposal_list(request):
    require_perm(request, "taskforce.use_taskforce")
    form, proposals = _filtered(request)
    context = {
        "form": form,
        "page": paginate(request, proposals),
        "query": request.GET.urlencode(),
        "can_create": request.user.has_perm("taskforce.create_proposal"),
        "today": timezone.localdate(),
    }
    return render(request, "web/taskforce/proposal_list.html", context)


@login_required
def proposal_export(request):
    require_perm(request, "taskforce.use_taskforce")
    _form, proposals = _filtered(request)
    headers, rows = proposal_rows(proposals)
    stamp = timezone.localdate().isoformat()
    return xlsx_response(f"proposals-{stamp}", headers, rows, title=_("Proposals"))


@login_required
def proposal_create(request):
    require_perm(request, "taskforce.create_proposal")
    form = NewProposalForm(request.POST or None, initial={"content_locale": "zh-hans"})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        proposal = run_domain(
            request,
            proposal_domain.record_proposal,
            actor=request.user,
            fields={name: data[name] for name in PROPOSAL_FIELDS},
            lead_unit=data["lead_unit"],
            co_units=data["co_units"],
            success=_("Proposal recorded."),
        )
        if proposal is not None:
            return redirect("web:taskforce_proposal_detail", proposal_id=proposal.pk)
    return render(request, "web/taskforce/proposal_form.html", {"form": form})


@login_required
def proposal_edit(request, proposal_id: int):
    proposal = visible_proposal(request, proposal_id)
    require_perm(request, "taskforce.assign_proposal", proposal)
    initial = {name: getattr(proposal, name) for name in PROPOSAL_FIELDS}
    form = ProposalForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        done = run_domain(
            request,
            proposal_domain.update_proposal,
            proposal,
            actor=request.user,
            fields=form.cleaned_data,
            success=phrases.CHANGES_SAVED,
        )
        if done is not None:
            return redirect("web:taskforce_proposal_detail", proposal_id=proposal.pk)
    context = {"form": form, "proposal": proposal}
    return render(request, "web/taskforce/proposal_form.html", context)


@login_required
def proposal_detail(request, proposal_id: int):
    proposal = visible_proposal(request, proposal_id)
    context = _detail_context(request, proposal)
    return render(request, "web/taskforce/proposal_detail.html", context)


def _detail_context(request, proposal: Proposal, **forms) -> dict:
    user = request.user
    lead, co = proposal.lead_unit, list(proposal.co_units.all())
    return {
        "proposal": proposal,
        "steps": proposal.steps.select_related("unit", "author"),
        "replies": proposal.replies.select_related("issued_by").order_by("-version"),
        "current": current_replies().filter(proposal=proposal).first(),
        "draft": open_draft(proposal),
        "can_assign": user.has_perm("taskforce.assign_proposal", proposal),
        "can_step": user.has_perm("taskforce.log_step", proposal) and unit_of(user) is not None,
        "can_reply": user.has_perm("taskforce.draft_reply", proposal),
        "can_feedback": user.has_perm("taskforce.record_feedback", proposal),
        "assign_form": forms.get("assign_form") or AssignForm(
            initial={"lead_unit": lead, "co_units": co}
        ),
        "step_form": forms.get("step_form") or StepForm(
            initial={"content_locale": request.LANGUAGE_CODE, "happened_on": timezone.localdate()}
        ),
        "feedback_form": forms.get("feedback_form") or FeedbackForm(
            initial={"received_on": timezone.localdate(), "feedback": proposal.feedback}
        ),
    }  # fmt: skip


def _invalid(request, proposal, **forms):
    context = _detail_context(request, proposal, **forms)
    return render(request, "web/taskforce/proposal_detail.html", context, status=400)


def _proposal_action(
    perm: str, form_class: type[Form], form_name: str, action: Callable, success: str
) -> Callable[..., HttpResponse]:
    """A POST-only view: check `perm`, validate the form, run the domain `action` on the
    proposal and return to its page (or show the page again with the form's errors)."""

    @login_required
    @require_POST
    def view(request, proposal_id: int) -> HttpResponse:
        proposal = visible_proposal(request, proposal_id)
        require_perm(request, perm, proposal)
        form = form_class(request.POST)
        if not form.is_valid():
            return _invalid(request, proposal, **{form_name: form})
        run_domain(
            request, action, proposal, actor=request.user, success=success, **form.cleaned_data
        )
        return redirect("web:taskforce_proposal_detail", proposal_id=proposal.pk)

    return view


proposal_assign = _proposal_action(
    "taskforce.assign_proposal",
    AssignForm,
    "assign_form",
    proposal_domain.assign_units,
    gettext_lazy("Units assigned."),
)
step_add = _proposal_action(
    "taskforce.log_step",
    StepForm,
    "step_form",
    proposal_domain.log_step,
    gettext_lazy("Handling step logged."),
)
feedback_record = _proposal_action(
    "taskforce.record_feedback",
    FeedbackForm,
    "feedback_form",
    proposal_domain.record_feedback,
    gettext_lazy("Feedback recorded."),
)
