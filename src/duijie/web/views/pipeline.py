"""Pages of the broker pipeline: the queue, claiming a need, moving a case."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from duijie.listings.domain.queries import readable_listings
from duijie.matching.domain import pipeline
from duijie.matching.interfaces.pipeline_forms import CaseForm, QueueFilterForm
from duijie.matching.models import BrokerAssignment
from duijie.web.views.helpers import paginate, require_perm, run_domain


@login_required
def broker_queue(request):
    require_perm(request, "matching.view_broker_queue")
    form = QueueFilterForm(request.GET or None)
    queue = pipeline.broker_queue(actor=request.user, filters=form.filters())
    page = paginate(request, queue)
    claimable = {item.pk for item in page if request.user.has_perm("matching.claim_case", item)}
    context = {"form": form, "page": page, "claimable": claimable}
    return render(request, "web/matching/queue.html", context)


@login_required
@require_POST
def case_claim(request, listing_id: int):
    listing = get_object_or_404(readable_listings(request.user), pk=listing_id)
    run_domain(
        request,
        pipeline.claim_case,
        listing,
        actor=request.user,
        success=_("The need is yours. Contact both sides and record each step."),
    )
    return redirect("web:broker_queue")


@login_required
@require_POST
def case_move(request, case_id: int):
    case = get_object_or_404(BrokerAssignment.objects.select_related("listing"), pk=case_id)
    require_perm(request, "matching.move_case", case)
    form = CaseForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Check the stage and the date of the next step."))
    else:
        run_domain(
            request,
            pipeline.move_case,
            case,
            actor=request.user,
            success=_("Case updated."),
            **form.cleaned_data,
        )
    return redirect("web:broker_workspace")
