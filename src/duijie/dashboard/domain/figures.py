"""The programme's figures for government users: one dictionary for the page and the API.

Sections that read other areas (matching, events, consulting requests) are computed in
dashboard/domain/optional.py and are None while that area has no data model.
"""

from __future__ import annotations

import datetime
from collections import Counter
from decimal import Decimal

from django.db.models import Count, Q, Sum
from django.utils import timezone

from duijie.dashboard.domain.buckets import bucket, from_choices
from duijie.dashboard.domain.optional import (
    consulting_figures,
    event_figures,
    matching_figures,
)
from duijie.directory.models import Country, Organisation, OrgType, Sector
from duijie.listings.domain.queries import published_listings
from duijie.listings.models import ListingKind
from duijie.projects.core.stages import PIPELINE
from duijie.projects.models import CarrierSite, District, InvestmentProject, SiteKind, Stage
from duijie.taskforce.core.status import STATUS_ORDER
from duijie.taskforce.domain.status import annotate_status, with_status_data
from duijie.taskforce.models import ItemStatus, WorkItem
from duijie.versions.domain.queries import bilingual_share

CENTS = Decimal("0.01")
LANGUAGE_LABELS = (("zh-hans", "中文"), ("en", "English"))


def programme_figures(*, today: datetime.date | None = None) -> dict:
    """Every figure of the dashboard on `today`, JSON-ready, labels in the reader's language."""
    today = today or timezone.localdate()
    return {
        "generated_on": today.isoformat(),
        "organisations": organisation_figures(),
        "listings": listing_figures(),
        "matching": matching_figures(),
        "events": event_figures(today),
        "consulting": consulting_figures(),
        "work_items": work_item_figures(today),
        "projects": project_figures(),
        "sites": site_figures(),
    }


def _counts(queryset, field: str) -> dict:
    return dict(queryset.values_list(field).annotate(n=Count("pk", distinct=True)))


def organisation_figures() -> dict:
    orgs = Organisation.objects.all()
    return {
        "total": orgs.count(),
        "by_country": from_choices(_counts(orgs, "country"), Country.choices),
        "by_type": from_choices(_counts(orgs, "org_type"), OrgType.choices, keep_zero=False),
    }


def listing_figures() -> dict:
    listings = published_listings()
    per_sector = dict(
        Sector.objects.annotate(
            n=Count("listing", filter=Q(listing__in=listings), distinct=True)
        ).values_list("code", "n")
    )
    sectors = [(s.code, s.name) for s in Sector.objects.all()]
    return {
        "published": listings.count(),
        "by_sector": from_choices(per_sector, sectors),
        "by_language": from_choices(_counts(listings, "content_locale"), LANGUAGE_LABELS),
        "by_kind": from_choices(_counts(listings, "kind"), ListingKind.choices),
        # Readable across the border: a current version in the other language exists.
        "bilingual": bilingual_share(),
    }


def work_item_figures(today: datetime.date) -> dict:
    items = annotate_status(with_status_data(WorkItem.objects.all()), today)
    statuses = [(s.value, ItemStatus(s.value).label) for s in STATUS_ORDER]
    per_unit: dict[str, Counter] = {}
    units = {}
    for item in items:
        units[item.lead_unit.code] = item.lead_unit.name
        per_unit.setdefault(item.lead_unit.code, Counter())[item.state.status.value] += 1
    return {
        "total": len(items),
        "by_status": from_choices(Counter(i.state.status.value for i in items), statuses),
        "by_lead_unit": [
            {
                "key": code,
                "label": units[code],
                "total": sum(per_unit[code].values()),
                "by_status": from_choices(per_unit[code], statuses),
            }
            for code in sorted(units)
        ],
    }


def project_figures() -> dict:
    projects = InvestmentProject.objects.all()
    pursued = projects.exclude(stage=Stage.DROPPED)
    stages = [(s, Stage(s).label) for s in (*PIPELINE, Stage.DROPPED)]
    money = pursued.values("currency").annotate(total=Sum("investment_amount")).order_by("currency")
    return {
        "total": projects.count(),
        "by_stage": from_choices(_counts(projects, "stage"), stages),
        "investment_by_currency": [
            {"currency": row["currency"], "amount": _amount(row["total"])} for row in money
        ],
        "jobs_planned": pursued.aggregate(n=Sum("jobs"))["n"] or 0,
    }


def _amount(total) -> str:
    """A sum of money as text with two decimals, the same on SQLite and PostgreSQL."""
    return str(Decimal(total or 0).quantize(CENTS))


def site_figures() -> dict:
    available = CarrierSite.objects.filter(is_available=True)
    area = dict(available.values_list("kind").annotate(total=Sum("available_area_m2")))
    by_district = dict(available.values_list("district").annotate(total=Sum("available_area_m2")))
    return {
        "total": CarrierSite.objects.count(),
        "available_area_m2": available.aggregate(n=Sum("available_area_m2"))["n"] or 0,
        "area_by_kind": from_choices(area, SiteKind.choices),
        "area_by_district": [
            bucket(code, label, by_district[code]) for code, label in District.choices
            if by_district.get(code)
        ],
    }  # fmt: skip
