import itertools

import pytest

from duijie.projects.core.stages import (
    PIPELINE,
    Stage,
    TransitionError,
    allowed_next,
    check_transition,
    is_active,
)

VALID = {
    ("lead", "contacted"),
    ("contacted", "negotiating"),
    ("negotiating", "signed"),
    ("signed", "registered"),
    ("registered", "operating"),
    ("lead", "dropped"),
    ("contacted", "dropped"),
    ("negotiating", "dropped"),
    ("signed", "dropped"),
    ("registered", "dropped"),
    ("dropped", "lead"),
}


@pytest.mark.parametrize(("source", "target"), list(itertools.product(Stage, Stage)))
def test_every_pair_of_stages(source, target):
    if (source.value, target.value) in VALID:
        assert check_transition(source, target, reason="investor chose Suzhou") == target
    else:
        with pytest.raises(TransitionError):
            check_transition(source, target, reason="investor chose Suzhou")


@pytest.mark.parametrize(
    ("source", "target", "code"),
    [
        ("lead", "lead", "same"),
        ("lead", "signed", "skip"),
        ("signed", "contacted", "backward"),
        ("operating", "dropped", "final"),
        ("dropped", "negotiating", "reopen"),
        ("lead", "nonsense", "unknown"),
    ],
)
def test_refusals_say_why(source, target, code):
    with pytest.raises(TransitionError) as error:
        check_transition(source, target, reason="x")
    assert error.value.code == code


@pytest.mark.parametrize("reason", ["", "   "])
def test_dropping_needs_a_reason(reason):
    with pytest.raises(TransitionError) as error:
        check_transition("negotiating", "dropped", reason=reason)
    assert error.value.code == "reason"


def test_allowed_next_and_activity():
    assert allowed_next("lead") == (Stage.CONTACTED, Stage.DROPPED)
    assert allowed_next("operating") == ()
    assert allowed_next("dropped") == (Stage.LEAD,)
    assert [is_active(stage) for stage in PIPELINE] == [True] * 5 + [False]
    assert not is_active("dropped")
