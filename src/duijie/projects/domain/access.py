"""Who sees investment projects and carrier sites; one definition for pages, API and lists.

Investment projects are commercially sensitive: they are visible to the government staff
of the responsible unit, to task-force coordinators and to platform administrators.
Carrier sites are the supply side offered to investors: every government user and the
platform operators see them; staff of the site's contact unit and coordinators change them.
Companies see neither.
"""

from __future__ import annotations

from django.db.models import QuerySet

from duijie.common.permissions import is_government, is_platform_staff
from duijie.projects.models import CarrierSite, InvestmentProject
from duijie.taskforce.domain.access import is_coordinator


def visible_projects(user) -> QuerySet[InvestmentProject]:
    if is_coordinator(user):
        return InvestmentProject.objects.all()
    if not (user.is_authenticated and user.department_id):
        return InvestmentProject.objects.none()
    return InvestmentProject.objects.filter(responsible_unit_id=user.department_id)


def may_see_sites(user) -> bool:
    """Government users, platform staff (administrators included) and coordinators."""
    return bool(is_government(user) or is_platform_staff(user) or is_coordinator(user))


def visible_sites(user) -> QuerySet[CarrierSite]:
    return CarrierSite.objects.all() if may_see_sites(user) else CarrierSite.objects.none()


def works_for(user, unit_id: int | None) -> bool:
    return bool(user.is_authenticated and user.department_id and user.department_id == unit_id)
