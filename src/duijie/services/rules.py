"""Who may see and handle consulting requests (django-rules, autodiscovered).

Lists use duijie.services.domain.queries.visible_requests, which encodes the same rule:
requesters see their own requests, department staff see what is routed to their department
now, platform administrators see everything.
"""

from __future__ import annotations

import rules

from duijie.common.permissions import is_government, is_platform_admin, is_signed_in
from duijie.services.models import RequestStatus


@rules.predicate
def is_requester(user, consulting_request) -> bool:
    return bool(user.is_authenticated and consulting_request.requester_id == user.pk)


@rules.predicate
def is_handling_department(user, consulting_request) -> bool:
    department_id = getattr(user, "department_id", None) if user.is_authenticated else None
    return bool(department_id and consulting_request.department_id == department_id)


@rules.predicate
def is_open(user, consulting_request) -> bool:
    return consulting_request.status != RequestStatus.CLOSED


@rules.predicate
def is_closed(user, consulting_request) -> bool:
    return consulting_request.status == RequestStatus.CLOSED


can_handle = is_handling_department | is_platform_admin

rules.add_perm("services.submit_request", is_signed_in)
rules.add_perm("services.view_request", is_requester | can_handle)
rules.add_perm("services.view_internal_notes", can_handle)
rules.add_perm("services.handle_request", can_handle & is_open)
rules.add_perm("services.follow_up_request", is_requester & is_open)
rules.add_perm("services.add_attachment", (is_requester | can_handle) & is_open)
rules.add_perm("services.rate_request", is_requester & is_closed)
rules.add_perm("services.manage_routing", is_platform_admin)
# Lists: handlers see the requests routed to them; administrators those of every department.
rules.add_perm("services.handle_requests", is_government | is_platform_admin)
rules.add_perm("services.view_all_requests", is_platform_admin)
