from duijie.challenges.models.application import (
    Application,
    ApplicationMessage,
    ApplicationStatus,
)
from duijie.challenges.models.challenge import (
    Challenge,
    ChallengeStatus,
    Confidentiality,
    Criterion,
    Currency,
    NdaAcceptance,
)
from duijie.challenges.models.delivery import Milestone, MilestoneStatus, StoredFile
from duijie.challenges.models.panel import Expert, Review, Score

__all__ = [
    "Application",
    "ApplicationMessage",
    "ApplicationStatus",
    "Challenge",
    "ChallengeStatus",
    "Confidentiality",
    "Criterion",
    "Currency",
    "Expert",
    "Milestone",
    "MilestoneStatus",
    "NdaAcceptance",
    "Review",
    "Score",
    "StoredFile",
]
