"""Who may see and do what in the task force; one definition for pages, API and lists.

Visibility: a work item or proposal is visible to the government staff of its lead unit and
of its co-handling units, to task-force coordinators (users holding the permission
``taskforce.coordinate_taskforce``, usually through the "Task force coordinators" group) and
to platform administrators. Nobody else — companies, brokers, platform operators, other
government units — sees them. Issued replies marked 主动公开 are the only task-force content
shown to the public.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet

from duijie.common.permissions import is_platform_admin
from duijie.taskforce.models import Proposal, WorkItem

COORDINATE_PERMISSION = "taskforce.coordinate_taskforce"


def is_coordinator(user) -> bool:
    """Platform administrators and holders of the coordinator permission."""
    if not (user.is_authenticated and user.is_active):
        return False
    return is_platform_admin(user) or COORDINATE_PERMISSION in user.get_all_permissions()


def unit_of(user):
    """The government unit a user works for, or None."""
    return user.department if user.is_authenticated and user.department_id else None


def _by_units(queryset: QuerySet, user) -> QuerySet:
    if is_coordinator(user):
        return queryset
    if unit_of(user) is None:
        return queryset.none()
    unit = user.department_id
    return queryset.filter(Q(lead_unit_id=unit) | Q(co_units__id=unit)).distinct()


def visible_work_items(user) -> QuerySet[WorkItem]:
    """Work items the user may see (see the module docstring)."""
    return _by_units(WorkItem.objects.all(), user)


def visible_proposals(user) -> QuerySet[Proposal]:
    """Proposals the user may see (see the module docstring)."""
    return _by_units(Proposal.objects.all(), user)


def participates(user, obj) -> bool:
    """The user works for the lead unit or a co-handling unit of `obj`."""
    unit = unit_of(user)
    if unit is None:
        return False
    return obj.lead_unit_id == unit.pk or obj.co_units.filter(pk=unit.pk).exists()


def leads(user, obj) -> bool:
    """The user works for the lead unit of `obj`."""
    unit = unit_of(user)
    return unit is not None and obj.lead_unit_id == unit.pk


def may_see_unit_board(user, unit) -> bool:
    return is_coordinator(user) or (unit_of(user) is not None and user.department_id == unit.pk)
