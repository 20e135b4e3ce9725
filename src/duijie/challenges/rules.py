"""Object-level permissions of open challenges (the definitions are in domain/access.py)."""

from __future__ import annotations

import rules

from duijie.challenges.core.lifecycle import FINAL, JUDGING, Status
from duijie.challenges.domain import access
from duijie.challenges.models import ApplicationStatus, ChallengeStatus
from duijie.common.permissions import is_platform_staff


@rules.predicate
def owns_challenge(user, challenge) -> bool:
    return challenge is not None and access.is_owner(user, challenge)


@rules.predicate
def is_published(user, challenge) -> bool:
    return challenge is not None and access.is_published(challenge)


@rules.predicate
def on_panel(user, challenge) -> bool:
    return challenge is not None and access.expert_seat(user, challenge) is not None


@rules.predicate
def is_editable(user, challenge) -> bool:
    return challenge is not None and challenge.status in access.EDITABLE_STATUSES


@rules.predicate
def is_in_review(user, challenge) -> bool:
    return challenge is not None and challenge.status == ChallengeStatus.IN_REVIEW


@rules.predicate
def is_live(user, challenge) -> bool:
    return challenge is not None and challenge.status not in FINAL


@rules.predicate
def takes_applications(user, challenge) -> bool:
    return challenge is not None and access.takes_applications(challenge)


@rules.predicate
def needs_nda(user, challenge) -> bool:
    return challenge is not None and challenge.needs_nda


@rules.predicate
def is_judging(user, challenge) -> bool:
    return challenge is not None and challenge.status in JUDGING


@rules.predicate
def is_signed_in(user) -> bool:
    return user.is_authenticated


@rules.predicate
def in_any_organisation(user) -> bool:
    return bool(access.org_ids(user))


@rules.predicate
def result_is_public(user, challenge) -> bool:
    return bool(
        challenge is not None
        and challenge.publish_result
        and challenge.status in {Status.AWARDED, Status.DELIVERY, Status.ACCEPTED}
    )


# Applications
@rules.predicate
def applies_for(user, application) -> bool:
    return application is not None and application.organisation_id in access.org_ids(user)


@rules.predicate
def owns_applied_challenge(user, application) -> bool:
    return (
        application is not None
        and application.status in access.SENT
        and access.is_owner(user, application.challenge)
    )


@rules.predicate
def reads_as_expert(user, application) -> bool:
    return application is not None and access.expert_may_read(user, application)


@rules.predicate
def deadline_open(user, application) -> bool:
    return application is not None and takes_applications(user, application.challenge)


@rules.predicate
def is_withdrawable(user, application) -> bool:
    return application is not None and application.status in {
        ApplicationStatus.DRAFT,
        ApplicationStatus.SUBMITTED,
    }


@rules.predicate
def is_withdrawn(user, application) -> bool:
    return application is not None and application.status == ApplicationStatus.WITHDRAWN


@rules.predicate
def may_score(user, application) -> bool:
    return (
        application is not None
        and application.challenge.status in JUDGING
        and access.expert_may_read(user, application)
    )


@rules.predicate
def may_declare(user, application) -> bool:
    if application is None or application.status not in access.SENT:
        return False
    if application.challenge.status not in JUDGING:
        return False
    if access.expert_seat(user, application.challenge) is None:
        return False
    review = access.review_of(user, application)
    return review is None or review.submitted_at is None


@rules.predicate
def is_winner(user, milestone) -> bool:
    return milestone is not None and milestone.application.organisation_id in access.org_ids(user)


@rules.predicate
def owns_milestone_challenge(user, milestone) -> bool:
    return milestone is not None and access.is_owner(user, milestone.challenge)


rules.add_perm("challenges.create_challenge", in_any_organisation)
rules.add_perm(
    "challenges.view_challenge", is_published | owns_challenge | on_panel | is_platform_staff
)
rules.add_perm("challenges.change_challenge", owns_challenge & is_editable)
rules.add_perm("challenges.submit_challenge", owns_challenge & is_editable)
rules.add_perm("challenges.review_challenge", is_platform_staff & is_in_review)
rules.add_perm("challenges.manage_challenge", owns_challenge & is_live)
rules.add_perm("challenges.cancel_challenge", (owns_challenge | is_platform_staff) & is_live)
rules.add_perm("challenges.manage_panel", (owns_challenge | is_platform_staff) & is_live)
rules.add_perm("challenges.view_panel", owns_challenge | is_platform_staff)
rules.add_perm("challenges.accept_nda", is_signed_in & is_published & needs_nda)
rules.add_perm("challenges.apply", in_any_organisation & takes_applications)
rules.add_perm("challenges.view_result", result_is_public | owns_challenge | is_platform_staff)
rules.add_perm(
    "challenges.view_application",
    applies_for | owns_applied_challenge | reads_as_expert | is_platform_staff,
)
rules.add_perm("challenges.change_application", applies_for & deadline_open & is_withdrawable)
rules.add_perm("challenges.withdraw_application", applies_for & deadline_open & is_withdrawable)
rules.add_perm("challenges.reopen_application", applies_for & deadline_open & is_withdrawn)
# Questions and answers about an application: between its owner and the applicant only.
rules.add_perm("challenges.discuss_application", applies_for | owns_applied_challenge)
rules.add_perm("challenges.declare_conflict", may_declare)
rules.add_perm("challenges.score_application", may_score)
rules.add_perm("challenges.submit_evidence", is_winner)
rules.add_perm("challenges.accept_milestone", owns_milestone_challenge)
