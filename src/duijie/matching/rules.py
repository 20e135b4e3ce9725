"""Permission rules of the matching area (autodiscovered by django-rules)."""

import rules

from duijie.common.permissions import is_broker, is_platform_staff


def _member_of(user, org_id) -> bool:
    return user.is_authenticated and user.memberships.filter(organisation_id=org_id).exists()


@rules.predicate
def is_interest_sender(user, interest) -> bool:
    return _member_of(user, interest.from_organisation_id)


@rules.predicate
def is_interest_receiver(user, interest) -> bool:
    return _member_of(user, interest.listing.organisation_id)


@rules.predicate
def is_assigned_broker(user, listing) -> bool:
    return user.is_authenticated and listing.broker_assignments.filter(broker=user).exists()


@rules.predicate
def owns_listing(user, listing) -> bool:
    return _member_of(user, listing.organisation_id)


@rules.predicate
def is_recommendation_party(user, recommendation) -> bool:
    orgs = {recommendation.need.organisation_id, recommendation.offer.organisation_id}
    return user.is_authenticated and user.memberships.filter(organisation_id__in=orgs).exists()


@rules.predicate
def is_recommending_broker(user, recommendation) -> bool:
    return user.is_authenticated and recommendation.broker_id == user.pk


rules.add_perm("matching.view_interest", is_interest_sender | is_interest_receiver)
rules.add_perm("matching.answer_interest", is_interest_receiver)
rules.add_perm("matching.withdraw_interest", is_interest_sender)
rules.add_perm("matching.view_matches", owns_listing | is_assigned_broker | is_platform_staff)
rules.add_perm("matching.recommend", is_broker & (is_assigned_broker | is_platform_staff))
rules.add_perm("matching.assign_broker", is_platform_staff)
rules.add_perm(
    "matching.view_recommendation",
    is_recommending_broker | is_recommendation_party | is_platform_staff,
)
rules.add_perm("matching.follow_up", is_recommending_broker)
rules.add_perm("matching.view_ledger", is_platform_staff)
