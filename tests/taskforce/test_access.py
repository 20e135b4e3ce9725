"""Who sees which work items and proposals: lists and object checks agree."""

import pytest
from django.contrib.auth.models import AnonymousUser

from duijie.taskforce.domain.access import visible_proposals, visible_work_items
from tests.taskforce.factories import ProposalFactory, WorkItemFactory

pytestmark = pytest.mark.django_db


def test_units_see_only_items_they_lead_or_co_handle(people, units, item):
    elsewhere = WorkItemFactory(lead_unit=units["other"])
    assert list(visible_work_items(people["lead"])) == [item]
    assert list(visible_work_items(people["co"])) == [item]
    assert list(visible_work_items(people["other"])) == [elsewhere]
    assert people["lead"].has_perm("taskforce.view_workitem", item)
    assert people["co"].has_perm("taskforce.view_workitem", item)
    assert not people["other"].has_perm("taskforce.view_workitem", item)


def test_parent_unit_is_not_a_participant(people, item):
    assert list(visible_work_items(people["parent"])) == []
    assert not people["parent"].has_perm("taskforce.view_workitem", item)


@pytest.mark.parametrize("who", ["company", "staff"])
def test_companies_and_platform_operators_see_nothing(people, item, proposal, who):
    assert list(visible_work_items(people[who])) == []
    assert list(visible_proposals(people[who])) == []
    assert not people[who].has_perm("taskforce.view_workitem", item)
    assert not people[who].has_perm("taskforce.view_proposal", proposal)


def test_anonymous_sees_nothing(item, proposal):
    assert list(visible_work_items(AnonymousUser())) == []
    assert list(visible_proposals(AnonymousUser())) == []


@pytest.mark.parametrize("who", ["coordinator", "admin"])
def test_coordinators_and_admins_see_everything(people, units, item, who):
    elsewhere = WorkItemFactory(lead_unit=units["other"])
    assert set(visible_work_items(people[who])) == {item, elsewhere}
    assert people[who].has_perm("taskforce.create_workitem")


def test_who_may_change_report_and_reply(people, item, proposal):
    lead, co, boss = people["lead"], people["co"], people["coordinator"]
    assert lead.has_perm("taskforce.change_workitem", item)
    assert not co.has_perm("taskforce.change_workitem", item)
    assert boss.has_perm("taskforce.change_workitem", item)
    assert co.has_perm("taskforce.report_progress", item)
    assert not boss.has_perm("taskforce.report_progress", item)  # reports come from units
    assert lead.has_perm("taskforce.draft_reply", proposal)
    assert not co.has_perm("taskforce.draft_reply", proposal)
    assert co.has_perm("taskforce.log_step", proposal)
    assert not lead.has_perm("taskforce.create_proposal")
    assert boss.has_perm("taskforce.assign_proposal", proposal)


def test_proposals_follow_the_same_rule(people, units, proposal):
    unassigned = ProposalFactory(lead_unit=None)
    assert list(visible_proposals(people["lead"])) == [proposal]
    assert list(visible_proposals(people["co"])) == [proposal]
    assert list(visible_proposals(people["other"])) == []
    assert set(visible_proposals(people["coordinator"])) == {proposal, unassigned}
