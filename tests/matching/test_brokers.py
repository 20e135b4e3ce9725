import pytest
from django.core import mail
from django.urls import reverse

from duijie.common.errors import DomainError, PermissionDenied
from duijie.matching.domain import brokers
from tests.conftest import login
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def broker(cross_lingual, staff_user):
    user = UserFactory(is_broker=True, language="zh-hans", full_name="李经理")
    brokers.assign_broker(cross_lingual["need"], actor=staff_user, broker=user)
    return user


def test_only_staff_assign_and_only_brokers_are_assigned(cross_lingual, staff_user):
    with pytest.raises(PermissionDenied):
        brokers.assign_broker(
            cross_lingual["need"], actor=UserFactory(), broker=UserFactory(is_broker=True)
        )
    with pytest.raises(DomainError):
        brokers.assign_broker(cross_lingual["need"], actor=staff_user, broker=UserFactory())


def test_assigned_broker_sees_matches_others_do_not(client, cross_lingual, broker):
    url = reverse("web:listing_matches", args=[cross_lingual["need"].pk])
    login(client, UserFactory(is_broker=True))
    assert client.get(url).status_code == 404
    login(client, broker)
    assert cross_lingual["offer"].title in client.get(url).content.decode()


def test_recommendation_tells_both_sides_in_their_languages(
    cross_lingual, broker, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        brokers.recommend_match(
            cross_lingual["need"], cross_lingual["offer"], actor=broker, note="建议双方沟通"
        )
    subjects = {m.to[0]: m.subject for m in mail.outbox}
    assert set(subjects) == {cross_lingual["cn"].email, cross_lingual["sg"].email}
    assert "技术经理人" in subjects[cross_lingual["cn"].email]
    assert "technology broker" in subjects[cross_lingual["sg"].email]


def test_unassigned_broker_cannot_recommend(cross_lingual):
    with pytest.raises(PermissionDenied):
        brokers.recommend_match(
            cross_lingual["need"],
            cross_lingual["offer"],
            actor=UserFactory(is_broker=True),
            note="x",
        )


def test_follow_up_sets_outcome_and_only_by_the_broker(cross_lingual, broker):
    recommendation = brokers.recommend_match(
        cross_lingual["need"], cross_lingual["offer"], actor=broker, note="x"
    )
    with pytest.raises(PermissionDenied):
        brokers.add_follow_up(recommendation, actor=cross_lingual["cn"], note="n", outcome="deal")
    brokers.add_follow_up(recommendation, actor=broker, note="NDA signed", outcome="nda")
    recommendation.refresh_from_db()
    assert recommendation.outcome == "nda"
