import pytest

from duijie.challenges.core.criteria import in_scale, weights_problem
from duijie.challenges.core.lifecycle import (
    PUBLISHED,
    Status,
    TransitionError,
    allowed_next,
    check_transition,
)
from duijie.challenges.models import ChallengeStatus


def test_model_statuses_are_the_core_statuses():
    assert set(ChallengeStatus.values) == {s.value for s in Status}


def test_main_line_moves_one_step_at_a_time():
    assert check_transition("draft", "in_review") == Status.IN_REVIEW
    assert check_transition("in_review", "open") == Status.OPEN
    assert check_transition("shortlist", "awarded", reason="Best cost and TRL") == Status.AWARDED
    assert allowed_next("awarded") == (Status.DELIVERY, Status.TERMINATED)


@pytest.mark.parametrize(
    ("current", "target", "reason", "code"),
    [
        ("draft", "open", "", "order"),
        ("open", "awarded", "x", "order"),
        ("open", "open", "", "same"),
        ("accepted", "terminated", "x", "final"),
        ("no_award", "open", "", "final"),
        ("evaluation", "no_award", "  ", "reason"),
        ("in_review", "returned", "", "reason"),
        ("shortlist", "awarded", "", "reason"),
        ("open", "bogus", "", "unknown"),
    ],
)
def test_refused_moves_say_why(current, target, reason, code):
    with pytest.raises(TransitionError) as refused:
        check_transition(current, target, reason=reason)
    assert refused.value.code == code


def test_unpublished_stages():
    assert {Status.DRAFT, Status.IN_REVIEW, Status.RETURNED}.isdisjoint(PUBLISHED)
    assert Status.OPEN in PUBLISHED and Status.CANCELLED in PUBLISHED


@pytest.mark.parametrize(
    ("weights", "problem"),
    [
        ([50, 30, 20], None),
        ([100], None),
        ([], "empty"),
        ([50, 40], "sum"),
        ([0, 100], "positive"),
        ([60, 50, -10], "positive"),
        ([50.5, 49.5], "positive"),
    ],
)
def test_weights(weights, problem):
    assert weights_problem(weights) == problem


@pytest.mark.parametrize(
    ("value", "ok"),
    [(0, True), (10, True), (11, False), (-1, False), (5.5, False), (True, False), ("7", False)],
)
def test_scale(value, ok):
    assert in_scale(value) is ok
