"""Permission rules of the matching area (autodiscovered by django-rules)."""

import rules

from duijie.common.permissions import is_broker, is_platform_staff
from duijie.listings.models import OFFER_KINDS, ListingStatus
from duijie.matching.domain.interest import free_organisations
from duijie.matching.models import Interest, InterestStatus, Thread


def _member_of(user, org_id) -> bool:
    return user.is_authenticated and user.memberships.filter(organisation_id=org_id).exists()


@rules.predicate
def is_interest_sender(user, interest) -> bool:
    return _member_of(user, interest.from_organisation_id)


@rules.predicate
def is_interest_receiver(user, interest) -> bool:
    return _member_of(user, interest.listing.organisation_id)


@rules.predicate
def is_contact_person(user, interest) -> bool:
    """The sender, or the one who accepted: the two people whose details are exchanged."""
    persons = {interest.from_user_id, interest.responded_by_id} - {None}
    return user.is_authenticated and user.pk in persons


@rules.predicate
def interest_is_accepted(user, interest) -> bool:
    return interest.status == InterestStatus.ACCEPTED


@rules.predicate
def has_active_consent(user, interest) -> bool:
    consents = interest.consents.filter(user_id=user.pk, withdrawn_at__isnull=True)
    return user.is_authenticated and consents.exists()


@rules.predicate
def is_named_colleague(user, interest) -> bool:
    """A colleague a consenting contact person named to see the details with them."""
    consents = interest.consents.filter(named_colleagues=user.pk, withdrawn_at__isnull=True)
    return user.is_authenticated and consents.exists()


@rules.predicate
def is_conversation_party(user, subject) -> bool:
    """An interest's two organisations, or a meeting request's two participants."""
    if not user.is_authenticated:
        return False
    if isinstance(subject, Interest):
        return is_interest_sender(user, subject) or is_interest_receiver(user, subject)
    return user.pk in {subject.sender.user_id, subject.receiver.user_id}


@rules.predicate
def is_conversation_open(user, subject) -> bool:
    if isinstance(subject, Interest):
        return subject.status in (InterestStatus.PENDING, InterestStatus.ACCEPTED)
    return subject.is_open


def _thread_field(subject) -> str:
    return "interest" if isinstance(subject, Interest) else "meeting_request"


@rules.predicate
def is_reported_conversation(user, subject) -> bool:
    reported = Thread.objects.filter(reported_at__isnull=False, **{_thread_field(subject): subject})
    return reported.exists()


@rules.predicate
def listing_is_published(user, listing) -> bool:
    return listing.status == ListingStatus.PUBLISHED


@rules.predicate
def has_free_organisation(user, listing) -> bool:
    """One of the user's organisations is not the listing's and has no open interest in it."""
    return user.is_authenticated and free_organisations(listing, user).exists()


@rules.predicate
def is_assigned_broker(user, listing) -> bool:
    return user.is_authenticated and listing.broker_assignments.filter(broker=user).exists()


@rules.predicate
def owns_listing(user, listing) -> bool:
    return _member_of(user, listing.organisation_id)


@rules.predicate
def is_case_broker(user, case) -> bool:
    return user.is_authenticated and case.broker_id == user.pk


@rules.predicate
def is_claimable_need(user, listing) -> bool:
    """A published need or challenge no broker follows yet."""
    unclaimed = not listing.broker_assignments.exists()
    return (
        listing.status == ListingStatus.PUBLISHED and listing.kind not in OFFER_KINDS and unclaimed
    )


@rules.predicate
def is_recommendation_party(user, recommendation) -> bool:
    orgs = {recommendation.need.organisation_id, recommendation.offer.organisation_id}
    return user.is_authenticated and user.memberships.filter(organisation_id__in=orgs).exists()


@rules.predicate
def is_recommending_broker(user, recommendation) -> bool:
    return user.is_authenticated and recommendation.broker_id == user.pk


# Listing visibility is checked by the page that offers the button (listings.view_listing).
rules.add_perm("matching.express_interest", listing_is_published & has_free_organisation)
rules.add_perm("matching.view_interest", is_interest_sender | is_interest_receiver)
rules.add_perm("matching.answer_interest", is_interest_receiver)
rules.add_perm("matching.withdraw_interest", is_interest_sender)
rules.add_perm(
    "matching.consent_contacts", is_contact_person & interest_is_accepted & ~has_active_consent
)
rules.add_perm("matching.withdraw_consent", is_contact_person & has_active_consent)
rules.add_perm(
    "matching.view_contacts",
    (is_interest_sender | is_interest_receiver) & (is_contact_person | is_named_colleague),
)
rules.add_perm("matching.post_message", is_conversation_party & is_conversation_open)
# Platform staff read a conversation only once a participant has reported it.
rules.add_perm(
    "matching.read_conversation",
    is_conversation_party | (is_platform_staff & is_reported_conversation),
)
rules.add_perm("matching.review_reports", is_platform_staff)
rules.add_perm("matching.report_conversation", is_conversation_party & ~is_reported_conversation)
rules.add_perm("matching.view_matches", owns_listing | is_assigned_broker | is_platform_staff)
rules.add_perm("matching.recommend", is_broker & (is_assigned_broker | is_platform_staff))
rules.add_perm("matching.assign_broker", is_platform_staff)
rules.add_perm(
    "matching.view_recommendation",
    is_recommending_broker | is_recommendation_party | is_platform_staff,
)
rules.add_perm("matching.follow_up", is_recommending_broker)
rules.add_perm("matching.view_broker_queue", is_broker | is_platform_staff)
rules.add_perm("matching.claim_case", is_broker & is_claimable_need)
rules.add_perm("matching.move_case", is_case_broker)
rules.add_perm("matching.view_ledger", is_platform_staff)
