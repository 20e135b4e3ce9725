from duijie.matching.models.brokers import BrokerAssignment, FollowUp, Outcome, Recommendation
from duijie.matching.models.interest import (
    ContactConsent,
    ContactTransfer,
    DeclineReason,
    Interest,
    InterestStatus,
)
from duijie.matching.models.vectors import ListingVector, MatchDigest

__all__ = [
    "BrokerAssignment",
    "ContactConsent",
    "ContactTransfer",
    "DeclineReason",
    "FollowUp",
    "Interest",
    "InterestStatus",
    "ListingVector",
    "MatchDigest",
    "Outcome",
    "Recommendation",
]
