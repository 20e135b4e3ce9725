"""The investment project pipeline (pure Python, no Django).

lead → contacted → negotiating → signed → registered → operating. A project moves forward
one stage at a time; any stage before "operating" may be dropped (a reason is required);
a dropped project may be reopened, which puts it back to "lead" so the pipeline is walked
again. "operating" is the end of the pipeline.
"""

from __future__ import annotations

from enum import StrEnum


class Stage(StrEnum):
    LEAD = "lead"
    CONTACTED = "contacted"
    NEGOTIATING = "negotiating"
    SIGNED = "signed"
    REGISTERED = "registered"
    OPERATING = "operating"
    DROPPED = "dropped"


PIPELINE = (
    Stage.LEAD,
    Stage.CONTACTED,
    Stage.NEGOTIATING,
    Stage.SIGNED,
    Stage.REGISTERED,
    Stage.OPERATING,
)


class TransitionError(ValueError):
    """`code` says why: same, skip, backward, final, reopen, reason or unknown."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


def allowed_next(stage: str) -> tuple[Stage, ...]:
    """The stages a project at `stage` may move to."""
    current = Stage(stage)
    if current == Stage.DROPPED:
        return (Stage.LEAD,)
    if current == Stage.OPERATING:
        return ()
    return (PIPELINE[PIPELINE.index(current) + 1], Stage.DROPPED)


def check_transition(current: str, target: str, *, reason: str = "") -> Stage:
    """The target stage if the move is allowed, else TransitionError with a specific code."""
    try:
        source, goal = Stage(current), Stage(target)
    except ValueError as error:
        raise TransitionError("unknown") from error
    if source == goal:
        raise TransitionError("same")
    if goal == Stage.DROPPED and not reason.strip():
        raise TransitionError("reason")
    if goal in allowed_next(source):
        return goal
    raise TransitionError(_refusal(source, goal))


def _refusal(source: Stage, goal: Stage) -> str:
    if source == Stage.OPERATING:
        return "final"
    if source == Stage.DROPPED:
        return "reopen"
    if PIPELINE.index(goal) < PIPELINE.index(source):
        return "backward"
    return "skip"


def is_active(stage: str) -> bool:
    """Still being pursued: not dropped and not yet operating."""
    return stage not in {Stage.DROPPED, Stage.OPERATING}
