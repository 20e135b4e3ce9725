"""Every registered rule, for its rightful actor, an unrelated member and an unrelated superuser.

One permission meaning: `user.has_perm` answers a registered rule name from the rule alone, so
a superuser outside the object gets exactly what an unrelated member gets, unless the rule
names platform administrators (`is_platform_admin` / `is_platform_staff`) itself.
"""

from __future__ import annotations

import datetime

import pytest
import rules
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from duijie.challenges.models import Expert, Milestone, Review
from duijie.common.errors import PermissionDenied
from duijie.common.permissions import allows, require
from duijie.directory.models import Membership
from duijie.events.models import EventStatus, Meeting
from duijie.exchange.domain.tokens import issue_token
from duijie.listings.models import ListingKind, ListingStatus
from duijie.matching.models import (
    BrokerAssignment,
    ContactConsent,
    Interest,
    InterestStatus,
    Recommendation,
)
from duijie.services.models import ConsultingRequest, RequestCategory
from duijie.taskforce.models import Reply
from tests.challenges.factories import ApplicationFactory, ChallengeFactory
from tests.events.factories import (
    EventFactory,
    ParticipantFactory,
    RequestFactory,
    add_session,
    add_tables,
)
from tests.factories import (
    DepartmentFactory,
    ListingFactory,
    MembershipFactory,
    UserFactory,
)
from tests.projects.factories import ProjectFactory, SiteFactory
from tests.taskforce.factories import ProposalFactory, WorkItemFactory, coordinator

# rule name -> (object key, rightful actor key, unrelated member gets, superuser gets)
MATRIX = {
    "exchange.import_listings": (None, "staff", False, True),
    "exchange.issue_token": (None, "staff", False, True),
    "exchange.replay_webhook": (None, "staff", False, True),
    "exchange.revoke_token": ("token", "org_admin", False, True),
    "exchange.view_feed": (None, "staff", False, True),
    "matching.claim_case": ("open_need", "broker", False, False),
    "matching.consent_contacts": ("accepted_interest", "member", False, False),
    "matching.express_interest": ("listing", "unrelated", True, False),
    "matching.move_case": ("case", "broker", False, False),
    "matching.post_message": ("interest", "member", False, False),
    "matching.read_conversation": ("interest", "member", False, False),
    "matching.report_conversation": ("interest", "member", False, False),
    "matching.review_reports": (None, "staff", False, True),
    "matching.view_broker_queue": (None, "broker", False, True),
    "matching.view_contacts": ("accepted_interest", "other_member", False, False),
    "matching.withdraw_consent": ("accepted_interest", "other_member", False, False),
    "versions.view_translation_queue": (None, "broker", False, True),
    "versions.write_as_author": ("listing", "member", False, False),
    "versions.write_version": ("listing", "member", False, True),
    "challenges.create_challenge": (None, "member", True, False),
    "challenges.view_challenge": ("draft_challenge", "member", False, True),
    "challenges.change_challenge": ("draft_challenge", "member", False, False),
    "challenges.submit_challenge": ("draft_challenge", "member", False, False),
    "challenges.review_challenge": ("review_challenge", "staff", False, True),
    "challenges.manage_challenge": ("challenge", "member", False, False),
    "challenges.cancel_challenge": ("challenge", "member", False, True),
    "challenges.manage_panel": ("challenge", "member", False, True),
    "challenges.view_panel": ("challenge", "member", False, True),
    "challenges.accept_nda": ("challenge", "other_member", True, True),
    "challenges.apply": ("challenge", "other_member", True, False),
    "challenges.view_result": ("challenge", "member", False, True),
    "challenges.view_application": ("application", "other_member", False, True),
    "challenges.change_application": ("application", "other_member", False, False),
    "challenges.withdraw_application": ("application", "other_member", False, False),
    "challenges.reopen_application": ("withdrawn_application", "other_member", False, False),
    "challenges.discuss_application": ("application", "other_member", False, False),
    "challenges.declare_conflict": ("judged_application", "expert", False, False),
    "challenges.score_application": ("judged_application", "expert", False, False),
    "challenges.submit_evidence": ("milestone", "other_member", False, False),
    "challenges.accept_milestone": ("milestone", "member", False, False),
    "dashboard.view_figures": (None, "gov", False, True),
    "directory.verify_organisation": ("org", "staff", False, True),
    "directory.change_organisation": ("org", "org_admin", False, True),
    "directory.manage_members": ("org", "org_admin", False, True),
    "directory.view_drafts": ("org", "member", False, True),
    "events.create_event": (None, "staff", False, True),
    "events.view_event": ("draft_event", "organiser", False, True),
    "events.manage_event": ("event", "organiser", False, True),
    "events.register": ("event", "member", True, True),
    "events.take_part": ("event", "participant", False, False),
    "events.view_agenda": ("participation", "participant", False, True),
    "events.edit_participation": ("participation", "participant", False, False),
    "events.respond_request": ("meeting_request", "receiver", False, False),
    "events.withdraw_request": ("meeting_request", "participant", False, False),
    "events.view_request": ("meeting_request", "receiver", False, True),
    "events.record_outcome": ("meeting", "participant", False, False),
    "listings.create_listing": ("org", "member", False, False),
    "listings.view_listing": ("draft_listing", "member", False, True),
    "listings.change_listing": ("listing", "member", False, False),
    "listings.submit_listing": ("draft_listing", "member", False, False),
    "listings.close_listing": ("listing", "member", False, True),
    "listings.review_listing": ("draft_listing", "staff", False, True),
    "matching.view_interest": ("interest", "member", False, False),
    "matching.answer_interest": ("interest", "member", False, False),
    "matching.withdraw_interest": ("interest", "other_member", False, False),
    "matching.view_matches": ("listing", "member", False, True),
    "matching.recommend": ("listing", "broker", False, False),
    "matching.assign_broker": ("listing", "staff", False, True),
    "matching.view_recommendation": ("recommendation", "member", False, True),
    "matching.follow_up": ("recommendation", "broker", False, False),
    "matching.view_ledger": (None, "staff", False, True),
    "policies.view_policy": (None, "member", True, True),
    "policies.check_eligibility": (None, "member", True, True),
    "policies.edit_policy": (None, "staff", False, True),
    "projects.list_projects": (None, "gov", False, True),
    "projects.view_project": ("project", "gov", False, True),
    "projects.create_project": (None, "gov", False, True),
    "projects.change_project": ("project", "gov", False, True),
    "projects.view_site": (None, "gov", False, True),
    "projects.create_site": (None, "gov", False, True),
    "projects.change_site": ("site", "gov", False, True),
    "services.submit_request": (None, "member", True, True),
    "services.view_request": ("consulting_request", "member", False, True),
    "services.view_internal_notes": ("consulting_request", "gov", False, True),
    "services.handle_request": ("consulting_request", "gov", False, True),
    "services.follow_up_request": ("consulting_request", "member", False, False),
    "services.add_attachment": ("consulting_request", "member", False, True),
    "services.rate_request": ("closed_request", "member", False, False),
    "services.manage_routing": (None, "admin_only", False, True),
    "services.handle_requests": (None, "gov", False, True),
    "services.view_all_requests": (None, "admin_only", False, True),
    "taskforce.use_taskforce": (None, "gov", False, True),
    "taskforce.view_board": (None, "coordinator", False, True),
    "taskforce.view_unit_board": ("unit", "gov", False, True),
    "taskforce.view_workitem": ("work_item", "gov", False, True),
    "taskforce.create_workitem": (None, "coordinator", False, True),
    "taskforce.change_workitem": ("work_item", "gov", False, True),
    "taskforce.report_progress": ("work_item", "gov", False, False),
    "taskforce.view_proposal": ("proposal", "gov", False, True),
    "taskforce.create_proposal": (None, "coordinator", False, True),
    "taskforce.assign_proposal": ("proposal", "coordinator", False, True),
    "taskforce.log_step": ("proposal", "gov", False, False),
    "taskforce.draft_reply": ("proposal", "gov", False, False),
    "taskforce.issue_reply": ("proposal", "gov", False, False),
    "taskforce.record_feedback": ("proposal", "gov", False, True),
    "taskforce.view_reply": ("reply", "gov", False, True),
    "taskforce.edit_reply": ("reply", "gov", False, False),
}


def _people(unit):
    org_admin = MembershipFactory(role=Membership.Role.ADMIN).user
    org = org_admin.memberships.get().organisation
    member = MembershipFactory(organisation=org, role=Membership.Role.MEMBER).user
    other_member = MembershipFactory(role=Membership.Role.MEMBER).user
    return {
        "org": org,
        "org_admin": org_admin,
        "member": member,
        "other_member": other_member,
        "unrelated": MembershipFactory(role=Membership.Role.ADMIN).user,
        "superuser": UserFactory(is_superuser=True, is_staff=True),
        "staff": UserFactory(is_staff=True),
        "admin_only": UserFactory(is_superuser=True, is_staff=True),
        "gov": UserFactory(department=unit),
        "coordinator": coordinator(),
        "broker": UserFactory(is_broker=True),
        "organiser": UserFactory(),
        "receiver": UserFactory(),
        "participant": member,
        "expert": UserFactory(),
    }


def _events(world):
    event = EventFactory(status=EventStatus.PUBLISHED)
    event.organisers.add(world["organiser"])
    add_session(event)
    add_tables(event, 2)
    draft = EventFactory(status=EventStatus.DRAFT)
    draft.organisers.add(world["organiser"])
    mine = ParticipantFactory(event=event, user=world["participant"], organisation=world["org"])
    theirs = ParticipantFactory(event=event, user=world["receiver"])
    meeting = Meeting.objects.create(
        event=event, slot=event.slots.first(), table=event.tables.first(), a=mine, b=theirs
    )
    world.update(
        event=event,
        draft_event=draft,
        participation=mine,
        meeting_request=RequestFactory(event=event, sender=mine, receiver=theirs, status="pending"),
        meeting=meeting,
    )


def _listings(world):
    org, other = world["org"], world["other_member"].memberships.get().organisation
    listing = ListingFactory(organisation=org, status=ListingStatus.PUBLISHED)
    offer = ListingFactory(organisation=other, status=ListingStatus.PUBLISHED, kind="offer")
    case = BrokerAssignment.objects.create(listing=listing, broker=world["broker"])
    accepted = Interest.objects.create(
        listing=ListingFactory(organisation=org, status=ListingStatus.PUBLISHED),
        from_organisation=other,
        from_user=world["other_member"],
        message="Interested",
        content_locale="en",
        status=InterestStatus.ACCEPTED,
        responded_by=world["member"],
    )
    ContactConsent.objects.create(
        interest=accepted,
        user=world["other_member"],
        organisation=other,
        recipient_country=world["org"].country,
    )
    token, _secret = issue_token(
        actor=None,
        name="Partner",
        scopes=["listings:read"],
        organisation=world["org"],
        user=world["org_admin"],
    )
    world.update(
        listing=listing,
        case=case,
        accepted_interest=accepted,
        token=token,
        open_need=ListingFactory(
            organisation=other, status=ListingStatus.PUBLISHED, kind=ListingKind.TECH_REQUEST
        ),
        draft_listing=ListingFactory(organisation=org, status=ListingStatus.DRAFT),
        interest=Interest.objects.create(
            listing=listing,
            from_organisation=other,
            from_user=world["other_member"],
            message="Interested",
            content_locale="en",
        ),
        recommendation=Recommendation.objects.create(
            broker=world["broker"], need=listing, offer=offer, note="Meet", content_locale="en"
        ),
    )


def _government(world, unit):
    category = RequestCategory.objects.first()

    def request(status):
        return ConsultingRequest.objects.create(
            requester=world["member"],
            organisation=world["org"],
            category=category,
            subject="Question",
            description="How?",
            content_locale="en",
            department=unit,
            status=status,
            due_on=timezone.localdate() + datetime.timedelta(days=5),
        )

    proposal = ProposalFactory(lead_unit=unit)
    world.update(
        unit=unit,
        consulting_request=request("submitted"),
        closed_request=request("closed"),
        work_item=WorkItemFactory(lead_unit=unit),
        proposal=proposal,
        reply=Reply.objects.create(
            proposal=proposal,
            version=1,
            handling_result="adopted",
            disclosure="none",
            body="答复",
            contact_person="陈静",
            contact_phone="021-65430000",
            reply_date=timezone.localdate(),
        ),
        project=ProjectFactory(responsible_unit=unit),
        site=SiteFactory(contact_unit=unit),
    )


def _challenges(world):
    org, solver = world["org"], world["other_member"].memberships.get().organisation

    def challenge(status, **extra):
        return ChallengeFactory(organisation=org, status=status, **extra)

    open_one = challenge("open", confidentiality="nda", nda_text="Keep it.")
    judged = challenge("evaluation")
    judged_application = ApplicationFactory(challenge=judged, organisation=solver)
    Review.objects.create(
        expert=Expert.objects.create(challenge=judged, user=world["expert"]),
        application=judged_application,
        conflicted=False,
    )
    awarded = challenge("delivery")
    winner = ApplicationFactory(challenge=awarded, organisation=solver, status="awarded")
    world.update(
        challenge=open_one,
        draft_challenge=challenge("draft"),
        review_challenge=challenge("in_review"),
        application=ApplicationFactory(challenge=open_one, organisation=solver),
        withdrawn_application=ApplicationFactory(
            challenge=challenge("open"), organisation=solver, status="withdrawn"
        ),
        judged_application=judged_application,
        milestone=Milestone.objects.create(
            challenge=awarded, application=winner, title="Pilot", due_on=timezone.localdate()
        ),
    )


@pytest.fixture
def world(db):
    unit = DepartmentFactory()
    found = _people(unit)
    _events(found)
    _listings(found)
    _government(found, unit)
    _challenges(found)
    return found


def test_the_matrix_covers_every_registered_rule():
    registered = {name for name in rules.permissions.permissions if "." in name}
    assert registered - set(MATRIX) == set()
    assert set(MATRIX) - registered == set()


@pytest.mark.parametrize("perm", sorted(MATRIX))
def test_rule_for_rightful_unrelated_and_superuser(world, perm):
    key, rightful, unrelated_gets, superuser_gets = MATRIX[perm]
    obj = world[key] if key else None
    assert world[rightful].has_perm(perm, obj) is True
    assert world["unrelated"].has_perm(perm, obj) is unrelated_gets
    assert world["superuser"].has_perm(perm, obj) is superuser_gets


@pytest.mark.parametrize("perm", sorted(MATRIX))
def test_a_superuser_gets_admin_powers_only_where_the_rule_names_them(perm):
    predicate_name = rules.permissions.permissions[perm].name
    superuser_gets = MATRIX[perm][3]
    names_admins = any(
        name in predicate_name
        for name in ("is_platform_admin", "is_platform_staff", "is_coordinator", "can_")
    )
    if superuser_gets and not MATRIX[perm][2]:
        assert names_admins, f"{perm} grants a superuser without naming administrators"


def test_an_inactive_user_holds_no_rule(world):
    member = world["member"]
    member.is_active = False
    assert member.has_perm("listings.change_listing", world["listing"]) is False


def test_require_and_allows_agree_with_has_perm(world):
    assert allows(world["member"], "listings.change_listing", world["listing"]) is True
    assert allows(None, "listings.change_listing", world["listing"]) is True
    with pytest.raises(PermissionDenied):
        require(world["superuser"], "listings.change_listing", world["listing"])
    assert AnonymousUser().has_perm("policies.view_policy") is True
    assert AnonymousUser().has_perm("listings.change_listing", world["listing"]) is False


def test_model_permissions_stay_with_the_admin(world, client):
    """A superuser keeps the Django admin although rules share names with model permissions."""
    client.force_login(world["superuser"])
    response = client.get(f"/admin/listings/listing/{world['listing'].pk}/change/")
    assert response.status_code == 200
    client.force_login(world["staff"])
    assert client.get(f"/admin/listings/listing/{world['listing'].pk}/change/").status_code == 403
