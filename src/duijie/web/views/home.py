from django.db.models import Count, Q
from django.shortcuts import render

from duijie.directory.models import Organisation
from duijie.listings.domain.queries import published_listings, visible_listings


def programme_figures() -> dict:
    """The programme's live figures for the home page."""
    listings = published_listings()
    orgs = Organisation.objects.aggregate(
        total=Count("id"),
        singapore=Count("id", filter=Q(country="SG")),
        china=Count("id", filter=Q(country="CN")),
    )
    return {
        "organisations": orgs,
        "listings": listings.count(),
        "offers": listings.filter(kind__in=["tech_offer", "business_offer"]).count(),
        "needs": listings.exclude(kind__in=["tech_offer", "business_offer"]).count(),
        "challenges": listings.filter(kind="challenge").count(),
    }


def home(request):
    latest = visible_listings(request.user).select_related("organisation")[:6]
    context = {
        "figures": programme_figures(),
        "latest": latest,
    }
    return render(request, "web/home.html", context)
