"""The lifecycle of an open challenge (揭榜挂帅), pure Python.

draft → in review (platform staff) → open → evaluation → shortlist → (pitch) → awarded →
delivery → accepted or terminated. Staff may return a challenge under review to its owner;
before the award it may be cancelled or closed without an award. Moves that end or refuse
something need a reason, which is shown to the applicants.
"""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    RETURNED = "returned"
    OPEN = "open"
    EVALUATION = "evaluation"
    SHORTLIST = "shortlist"
    PITCH = "pitch"
    AWARDED = "awarded"
    DELIVERY = "delivery"
    ACCEPTED = "accepted"
    TERMINATED = "terminated"
    CANCELLED = "cancelled"
    NO_AWARD = "no_award"


NEXT: dict[Status, tuple[Status, ...]] = {
    Status.DRAFT: (Status.IN_REVIEW, Status.CANCELLED),
    Status.IN_REVIEW: (Status.OPEN, Status.RETURNED, Status.CANCELLED),
    Status.RETURNED: (Status.IN_REVIEW, Status.CANCELLED),
    Status.OPEN: (Status.EVALUATION, Status.CANCELLED),
    Status.EVALUATION: (Status.SHORTLIST, Status.NO_AWARD, Status.CANCELLED),
    Status.SHORTLIST: (Status.PITCH, Status.AWARDED, Status.NO_AWARD, Status.CANCELLED),
    Status.PITCH: (Status.AWARDED, Status.NO_AWARD, Status.CANCELLED),
    Status.AWARDED: (Status.DELIVERY, Status.TERMINATED),
    Status.DELIVERY: (Status.ACCEPTED, Status.TERMINATED),
}
NEEDS_REASON = frozenset(
    {Status.RETURNED, Status.CANCELLED, Status.NO_AWARD, Status.TERMINATED, Status.AWARDED}
)
FINAL = frozenset({Status.ACCEPTED, Status.TERMINATED, Status.CANCELLED, Status.NO_AWARD})
# Stages at which the problem is published and the challenge shows on public pages.
PUBLISHED = frozenset(set(Status) - {Status.DRAFT, Status.IN_REVIEW, Status.RETURNED})
# Stages at which the applications are being judged and the panel works.
JUDGING = frozenset({Status.EVALUATION, Status.SHORTLIST, Status.PITCH})
# The main line, for the progress bar.
MAIN_LINE = (
    Status.DRAFT,
    Status.IN_REVIEW,
    Status.OPEN,
    Status.EVALUATION,
    Status.SHORTLIST,
    Status.PITCH,
    Status.AWARDED,
    Status.DELIVERY,
    Status.ACCEPTED,
)


class TransitionError(ValueError):
    """`code` says why: unknown, same, final, reason or order."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


def allowed_next(status: str) -> tuple[Status, ...]:
    """The statuses a challenge at `status` may move to."""
    return NEXT.get(Status(status), ())


def check_transition(current: str, target: str, *, reason: str = "") -> Status:
    """The target status if the move is allowed, else TransitionError with a specific code."""
    try:
        source, goal = Status(current), Status(target)
    except ValueError as error:
        raise TransitionError("unknown") from error
    if source == goal:
        raise TransitionError("same")
    if source in FINAL:
        raise TransitionError("final")
    if goal not in allowed_next(source):
        raise TransitionError("order")
    if goal in NEEDS_REASON and not reason.strip():
        raise TransitionError("reason")
    return goal
