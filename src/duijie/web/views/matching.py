"""Matching pages: matches for a listing, the broker workspace, the consent ledger."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from duijie.listings.domain.queries import readable_listings
from duijie.listings.models import Listing
from duijie.matching.domain import brokers
from duijie.matching.domain.interest import interests_between, transfers_by_year
from duijie.matching.domain.pipeline import cases_of
from duijie.matching.domain.search import match_listing
from duijie.matching.interfaces.forms import AssignBrokerForm, FollowUpForm, RecommendForm
from duijie.matching.interfaces.pipeline_forms import CaseForm
from duijie.matching.models import Recommendation
from duijie.web.views.helpers import require_perm, run_domain


def _own_or_assigned(request, listing_id: int) -> Listing:
    listing = get_object_or_404(Listing.objects.select_related("organisation"), pk=listing_id)
    if not request.user.has_perm("matching.view_matches", listing):
        raise Http404
    return listing


@login_required
def listing_matches(request, listing_id: int):
    listing = _own_or_assigned(request, listing_id)
    results = match_listing(listing, viewer=request.user, limit=20)
    found = interests_between(listing, [result.listing for result in results], request.user)
    rows = [
        {
            "result": result,
            "interest": found.get(result.listing.pk),
            "can_express": request.user.has_perm("matching.express_interest", result.listing),
        }
        for result in results
    ]
    context = {
        "listing": listing,
        "rows": rows,
        # The matched listing is the user's own only when they are a member, not a broker.
        "prefill": request.user.has_perm("directory.view_drafts", listing.organisation),
        "can_recommend": request.user.has_perm("matching.recommend", listing),
        "recommend_form": RecommendForm(),
    }
    return render(request, "web/matching/matches.html", context)


def _case_initial(case) -> dict:
    names = ("stage", "next_step", "next_step_on", "outcome_note")
    return {name: getattr(case, name) for name in names}


@login_required
def broker_workspace(request):
    if not request.user.is_broker:
        raise Http404
    cases = [(case, CaseForm(initial=_case_initial(case))) for case in cases_of(request.user)]
    context = {
        "cases": cases,
        "listings": brokers.broker_listings(request.user),
        "recommendations": request.user.recommendations.select_related("need", "offer"),
    }
    return render(request, "web/matching/broker.html", context)


@login_required
@require_POST
def recommend(request, need_id: int, offer_id: int):
    need = get_object_or_404(readable_listings(request.user), pk=need_id)
    offer = get_object_or_404(readable_listings(request.user), pk=offer_id)
    form = RecommendForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Write a short note to both parties."))
    else:
        run_domain(
            request,
            brokers.recommend_match,
            need,
            offer,
            actor=request.user,
            note=form.cleaned_data["note"],
            success=_("Recommended. Both organisations were told."),
        )
    return redirect("web:listing_matches", listing_id=need.pk)


@login_required
def recommendation_detail(request, recommendation_id: int):
    recommendation = get_object_or_404(
        Recommendation.objects.select_related("need", "offer", "broker"), pk=recommendation_id
    )
    if not request.user.has_perm("matching.view_recommendation", recommendation):
        raise Http404
    form = FollowUpForm(request.POST or None, initial={"outcome": recommendation.outcome})
    if request.method == "POST":
        require_perm(request, "matching.follow_up", recommendation)
        if form.is_valid():
            brokers.add_follow_up(recommendation, actor=request.user, **form.cleaned_data)
            messages.success(request, _("Follow-up saved."))
            return redirect("web:recommendation_detail", recommendation_id=recommendation.pk)
    context = {
        "recommendation": recommendation,
        "follow_ups": recommendation.follow_ups.select_related("author"),
        "form": form,
        "can_follow_up": request.user.has_perm("matching.follow_up", recommendation),
    }
    return render(request, "web/matching/recommendation.html", context)


@login_required
def assign_broker(request, listing_id: int):
    listing = get_object_or_404(Listing, pk=listing_id)
    require_perm(request, "matching.assign_broker", listing)
    form = AssignBrokerForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        run_domain(
            request,
            brokers.assign_broker,
            listing,
            actor=request.user,
            broker=form.cleaned_data["broker"],
            success=_("Broker assigned."),
        )
        return redirect("web:listing_detail", listing_id=listing.pk)
    return render(request, "web/matching/assign.html", {"form": form, "listing": listing})


@login_required
def consent_ledger(request):
    require_perm(request, "matching.view_ledger")
    return render(request, "web/matching/ledger.html", {"years": transfers_by_year()})
