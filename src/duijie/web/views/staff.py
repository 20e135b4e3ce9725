from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from duijie.directory.domain.organisations import verify_organisation
from duijie.directory.models import Organisation
from duijie.listings.domain import lifecycle
from duijie.listings.interfaces.forms import ReturnListingForm
from duijie.listings.models import Listing, ListingStatus
from duijie.web.views.helpers import require_perm, run_domain


@login_required
def review_queue(request):
    require_perm(request, "listings.review_listing")
    context = {
        "submitted": Listing.objects.filter(status=ListingStatus.SUBMITTED)
        .select_related("organisation")
        .order_by("updated_at"),
        "unverified": Organisation.objects.filter(verified_at__isnull=True, is_sample=False),
        "return_form": ReturnListingForm(),
    }
    return render(request, "web/staff/review.html", context)


@login_required
@require_POST
def listing_approve(request, listing_id: int):
    listing = get_object_or_404(Listing, pk=listing_id)
    require_perm(request, "listings.review_listing", listing)
    run_domain(
        request, lifecycle.approve_listing, listing, actor=request.user, success=_("Published.")
    )
    return redirect("web:review_queue")


@login_required
@require_POST
def listing_return(request, listing_id: int):
    listing = get_object_or_404(Listing, pk=listing_id)
    require_perm(request, "listings.review_listing", listing)
    form = ReturnListingForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Please give a reason for returning the listing."))
        return redirect("web:review_queue")
    run_domain(
        request,
        lifecycle.return_listing,
        listing,
        actor=request.user,
        reason=form.cleaned_data["reason"],
        success=_("Returned to the organisation."),
    )
    return redirect("web:review_queue")


@login_required
@require_POST
def organisation_verify(request, org_id: int):
    org = get_object_or_404(Organisation, pk=org_id)
    require_perm(request, "directory.verify_organisation", org)
    verify_organisation(org, actor=request.user)
    messages.success(request, _("Organisation verified."))
    return redirect(request.POST.get("next") or "web:review_queue")
