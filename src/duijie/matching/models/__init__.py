from duijie.matching.models.brokers import (
    BrokerAssignment,
    CaseStage,
    FollowUp,
    Outcome,
    Recommendation,
)
from duijie.matching.models.conversations import (
    MatchesSeen,
    Message,
    MessageAttachment,
    Thread,
    ThreadRead,
)
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
    "CaseStage",
    "ContactConsent",
    "ContactTransfer",
    "DeclineReason",
    "FollowUp",
    "Interest",
    "InterestStatus",
    "ListingVector",
    "MatchDigest",
    "MatchesSeen",
    "Message",
    "MessageAttachment",
    "Outcome",
    "Recommendation",
    "Thread",
    "ThreadRead",
]
