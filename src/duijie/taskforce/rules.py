"""Object-level permissions of the task force (django-rules); see domain/access.py for why."""

from __future__ import annotations

import rules

from duijie.common.permissions import is_government
from duijie.taskforce.domain import access
from duijie.taskforce.domain.replies import is_public


@rules.predicate
def is_coordinator(user) -> bool:
    return access.is_coordinator(user)


@rules.predicate
def participates(user, obj) -> bool:
    return obj is not None and access.participates(user, obj)


@rules.predicate
def leads(user, obj) -> bool:
    return obj is not None and access.leads(user, obj)


@rules.predicate
def reply_proposal_visible(user, reply) -> bool:
    proposal = reply.proposal
    return access.is_coordinator(user) or access.participates(user, proposal)


@rules.predicate
def reply_leads(user, reply) -> bool:
    return access.leads(user, reply.proposal)


@rules.predicate
def reply_is_public(user, reply) -> bool:

    return is_public(reply)


@rules.predicate
def is_unit_member(user, unit) -> bool:
    return access.may_see_unit_board(user, unit)


rules.add_perm("taskforce.use_taskforce", is_coordinator | is_government)
rules.add_perm("taskforce.view_board", is_coordinator)
rules.add_perm("taskforce.view_unit_board", is_coordinator | is_unit_member)
rules.add_perm("taskforce.view_workitem", is_coordinator | participates)
rules.add_perm("taskforce.create_workitem", is_coordinator)
rules.add_perm("taskforce.change_workitem", is_coordinator | leads)
rules.add_perm("taskforce.report_progress", participates)
rules.add_perm("taskforce.view_proposal", is_coordinator | participates)
rules.add_perm("taskforce.create_proposal", is_coordinator)
rules.add_perm("taskforce.assign_proposal", is_coordinator)
rules.add_perm("taskforce.log_step", participates)
rules.add_perm("taskforce.draft_reply", leads)
rules.add_perm("taskforce.issue_reply", leads)
rules.add_perm("taskforce.record_feedback", is_coordinator | leads)
rules.add_perm("taskforce.view_reply", reply_is_public | is_coordinator | reply_proposal_visible)
rules.add_perm("taskforce.edit_reply", reply_leads)
