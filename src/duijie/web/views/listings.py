from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from duijie.common.audit import state_history
from duijie.directory.models import Organisation
from duijie.listings.domain import lifecycle
from duijie.listings.domain.browse import ListingFilters, filter_listings
from duijie.listings.domain.queries import (
    readable_listings,
    visible_listings,
)
from duijie.listings.interfaces.forms import ListingFilterForm, ListingForm
from duijie.listings.models import Listing, ListingStatus, PartnershipType
from duijie.matching.domain.identity import organisation_revealed
from duijie.matching.domain.interest import open_interest_of
from duijie.matching.domain.search import engine_filters, search_listings
from duijie.versions.domain.queries import with_versions
from duijie.versions.domain.versions import save_version, version_in
from duijie.web.views.helpers import paginate, require_perm, run_domain

PER_PAGE = 20


def listing_list(request):
    form = ListingFilterForm(request.GET or None)
    if form.is_valid() and form.cleaned_data["q"].strip():
        return _search_results(request, form)
    queryset = visible_listings(request.user).select_related("organisation")
    if form.is_valid():
        queryset = filter_listings(queryset, ListingFilters(**form.cleaned_data))
    page = paginate(request, with_versions(queryset.prefetch_related("sectors")))
    return render(request, "web/listings/list.html", {"form": form, "page": page})


def _search_results(request, form):
    """Free text goes to the bilingual engine: one box for Chinese and English."""
    data = form.cleaned_data
    shown = PER_PAGE * _page_number(request)  # reasons for the pages up to this one
    outcome = search_listings(
        data["q"], user=request.user, filters=engine_filters(data), explain=shown
    )
    if outcome.truncated:
        messages.info(request, _("Your search was long, so only its first part was used."))
    page = paginate(request, outcome.results, PER_PAGE)
    context = {"form": form, "outcome": outcome, "page": page}
    return render(request, "web/listings/search.html", context)


def _page_number(request) -> int:
    try:
        return max(1, int(request.GET.get("page", 1)))
    except ValueError:
        return 1


def get_readable_listing(request, listing_id: int) -> Listing:
    """A listing the user may read, or 404 — so hidden listings are indistinguishable from none."""
    listing = get_object_or_404(Listing.objects.select_related("organisation"), pk=listing_id)
    if not request.user.has_perm("listings.view_listing", listing):
        raise Http404
    return listing


def listing_detail(request, listing_id: int):
    listing = get_readable_listing(request, listing_id)
    is_owner = request.user.has_perm("directory.view_drafts", listing.organisation)
    context = {
        "listing": listing,
        "is_owner": is_owner,
        "show_organisation": organisation_revealed(listing, request.user),
        "history": state_history(listing) if is_owner else None,
        "can_edit": request.user.has_perm("listings.change_listing", listing),
        "can_see_matches": request.user.has_perm("matching.view_matches", listing),
        "can_assign_broker": request.user.has_perm("matching.assign_broker", listing),
        "can_express_interest": request.user.has_perm("matching.express_interest", listing),
        "open_interest": open_interest_of(listing, request.user),
        "login_to_express": not request.user.is_authenticated
        and listing.status == ListingStatus.PUBLISHED,
        "partnership_labels": [
            PartnershipType(value).label
            for value in listing.partnership_types
            if value in PartnershipType.values
        ],
    }
    return render(request, "web/listings/detail.html", context)


@login_required
def listing_create(request, org_id: int):
    org = get_object_or_404(Organisation, pk=org_id)
    require_perm(request, "listings.create_listing", org)
    form = ListingForm(request.POST or None, initial={"content_locale": request.LANGUAGE_CODE})
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():  # the listing and its other-language version, or neither
            listing = lifecycle.create_listing(
                org,
                actor=request.user,
                fields=form.domain_fields(),
                sectors=form.cleaned_data["sectors"],
            )
            _save_version(request, listing, form)
        messages.success(request, _("Draft saved. Submit it for review when it is ready."))
        return redirect("web:listing_detail", listing_id=listing.pk)
    return render(request, "web/listings/form.html", {"form": form, "organisation": org})


@login_required
def listing_edit(request, listing_id: int):
    listing = get_object_or_404(readable_listings(request.user), pk=listing_id)
    require_perm(request, "listings.change_listing", listing)
    form = ListingForm(request.POST or None, instance=listing)
    form.set_version_initial(version_in(listing, form.other_locale))
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            lifecycle.update_listing(
                listing,
                actor=request.user,
                fields=form.domain_fields(),
                sectors=form.cleaned_data["sectors"],
            )
            _save_version(request, listing, form)
        messages.success(request, _("Changes saved."))
        return redirect("web:listing_detail", listing_id=listing.pk)
    context = {"form": form, "organisation": listing.organisation, "listing": listing}
    return render(request, "web/listings/form.html", context)


def _save_version(request, listing, form) -> None:
    """The other-language version typed in the listing form, if any (checked by the form)."""
    fields = form.version_fields()
    if fields:
        save_version(listing, actor=request.user, language=form.other_locale, fields=fields)


@login_required
@require_POST
def listing_submit(request, listing_id: int):
    listing = get_object_or_404(readable_listings(request.user), pk=listing_id)
    require_perm(request, "listings.submit_listing", listing)
    success = _("Submitted. Platform staff will review it shortly.")
    run_domain(request, lifecycle.submit_listing, listing, actor=request.user, success=success)
    return redirect("web:listing_detail", listing_id=listing.pk)


@login_required
@require_POST
def listing_close(request, listing_id: int):
    listing = get_object_or_404(readable_listings(request.user), pk=listing_id)
    require_perm(request, "listings.close_listing", listing)
    run_domain(request, lifecycle.close_listing, listing, actor=request.user, success=_("Closed."))
    return redirect("web:listing_detail", listing_id=listing.pk)
