"""Object-level permissions of investment projects and carrier sites (see domain/access.py)."""

from __future__ import annotations

import rules

from duijie.common.permissions import is_government, is_platform_staff
from duijie.projects.domain import access
from duijie.taskforce.rules import is_coordinator


@rules.predicate
def responsible_for(user, project) -> bool:
    return project is not None and access.works_for(user, project.responsible_unit_id)


@rules.predicate
def contact_unit_of(user, site) -> bool:
    return site is not None and access.works_for(user, site.contact_unit_id)


@rules.predicate
def may_see_sites(user) -> bool:
    return access.may_see_sites(user)


sees_sites = is_government | is_platform_staff | is_coordinator | may_see_sites


rules.add_perm("projects.list_projects", is_coordinator | is_government)
rules.add_perm("projects.view_project", is_coordinator | responsible_for)
rules.add_perm("projects.create_project", is_coordinator | is_government)
rules.add_perm("projects.change_project", is_coordinator | responsible_for)
rules.add_perm("projects.view_site", sees_sites)
rules.add_perm("projects.create_site", is_coordinator | is_government)
rules.add_perm("projects.change_site", is_coordinator | contact_unit_of)
