"""Satisfaction ratings: only after closing, only by the requester, only once."""

import pytest

from duijie.common.errors import DomainError, PermissionDenied
from duijie.services.domain.handling import close_request
from duijie.services.domain.history import request_history
from duijie.services.domain.rating import rate_request
from duijie.services.models import SatisfactionRating


def test_an_open_request_cannot_be_rated(desk, submit):
    item = submit()
    with pytest.raises(PermissionDenied):
        rate_request(item, actor=desk.requester, score=5)
    assert not SatisfactionRating.objects.exists()


def test_the_requester_rates_a_closed_request_once(desk, submit):
    item = submit()
    close_request(item, actor=desk.clerk)
    rating = rate_request(item, actor=desk.requester, score=4, comment="  Quick  ")
    assert (rating.score, rating.comment) == (4, "Quick")
    assert request_history(item, internal=True)[-1].kind == "rated"
    with pytest.raises(DomainError) as refusal:
        rate_request(item, actor=desk.requester, score=1)
    assert refusal.value.code == "rated"
    assert SatisfactionRating.objects.get().score == 4


@pytest.mark.parametrize("who", ["clerk", "stranger", "admin"])
def test_nobody_else_can_rate(desk, submit, who):
    item = submit()
    close_request(item, actor=desk.clerk)
    with pytest.raises(PermissionDenied):
        rate_request(item, actor=getattr(desk, who), score=5)


@pytest.mark.parametrize("score", [0, 6, -1, True, "5"])
def test_scores_outside_one_to_five_are_refused(desk, submit, score):
    item = submit()
    close_request(item, actor=desk.clerk)
    with pytest.raises(DomainError):
        rate_request(item, actor=desk.requester, score=score)
    assert not SatisfactionRating.objects.exists()
