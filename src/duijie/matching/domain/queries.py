"""Which expressions of interest a user may see: the list form of `matching.view_interest`."""

from __future__ import annotations

from django.db.models import Q, QuerySet

from duijie.matching.models import Interest


def visible_interests(user) -> QuerySet[Interest]:
    """Interests sent by, or received by, one of the user's organisations."""
    if not user.is_authenticated:
        return Interest.objects.none()
    org_ids = user.memberships.values("organisation_id")
    return Interest.objects.filter(
        Q(from_organisation_id__in=org_ids) | Q(listing__organisation_id__in=org_ids)
    )
