"""The matching part of My Duijie: new matches since the last visit, and unread threads."""

import datetime

import pytest
from django.utils import timezone

from duijie.matching.domain import conversations as talk
from duijie.matching.domain import interest as flow
from duijie.matching.domain import workspace

pytestmark = pytest.mark.django_db


def test_new_matches_are_those_published_since_the_last_visit(cross_lingual):
    cn = cross_lingual["cn"]
    long_ago = timezone.now() - datetime.timedelta(days=365)
    pairs = workspace.new_matches(cn, since=long_ago)
    assert [(listing, found[:1]) for listing, found in pairs] == [
        (cross_lingual["need"], [cross_lingual["offer"]])
    ]
    assert workspace.new_matches(cn, since=timezone.now()) == []


def test_the_first_visit_looks_two_weeks_back_and_a_visit_moves_the_mark(cross_lingual):
    cn = cross_lingual["cn"]
    first = workspace.matches_seen_at(cn)
    assert abs(timezone.now() - datetime.timedelta(days=14) - first) < datetime.timedelta(minutes=1)
    now = timezone.now()
    workspace.mark_matches_seen(cn, now=now)
    assert workspace.matches_seen_at(cn) == now


def test_unread_threads_count_only_others_messages_after_the_read_mark(cross_lingual):
    cn, sg = cross_lingual["cn"], cross_lingual["sg"]
    interest = flow.express_interest(
        cross_lingual["offer"],
        actor=cn,
        organisation=cn.memberships.get().organisation,
        message="你好",
        answers={},
    )
    talk.post_message(interest, actor=cn, body="一")
    talk.post_message(interest, actor=cn, body="二")
    assert [(t.interest, t.unread) for t in workspace.unread_threads(sg)] == [(interest, 2)]
    assert list(workspace.unread_threads(cn)) == []
    talk.mark_thread_read(interest, actor=sg)
    assert list(workspace.unread_threads(sg)) == []
    talk.post_message(interest, actor=cn, body="三")
    assert [t.unread for t in workspace.unread_threads(sg)] == [1]
    assert list(workspace.interests_to_answer(sg)) == [interest]
    assert list(workspace.interests_sent(cn)) == [interest]
    assert list(workspace.interests_to_answer(cn)) == []
