"""The demo challenges: three stages, cross-border applicants in both languages, idempotent."""

import datetime

import pytest

from duijie.challenges.domain.figures import challenge_figures
from duijie.challenges.domain.results import ranking
from duijie.challenges.models import Application, Challenge, Review, Score
from duijie.common.audit import state_history
from duijie.directory.models import User
from duijie_demo.loaders.challenges import load_demo

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 3, 1)


def test_three_challenges_at_different_stages_loaded_once():
    first, second = load_demo(today=TODAY), load_demo(today=TODAY)
    assert first == second == {"challenges": 3, "challenge_applications": 7}
    stages = dict(Challenge.objects.values_list("demo_key", "status"))
    assert stages == {
        "ch-open-glass": "open",
        "ch-eval-coldchain": "evaluation",
        "ch-awarded-pharmacy": "delivery",
    }
    assert Application.objects.count() == 7 and Review.objects.count() == 8
    assert set(Application.objects.values_list("content_locale", flat=True)) == {"en", "zh-hans"}
    glass = Challenge.objects.get(demo_key="ch-open-glass")
    assert glass.deadline.date() == datetime.date(2026, 3, 25) and glass.needs_nda
    assert [e.to_state for e in state_history(glass)] == ["draft", "in_review", "open"]


def test_the_evaluation_has_two_experts_a_conflict_and_a_ranking():
    load_demo(today=TODAY)
    challenge = Challenge.objects.get(demo_key="ch-eval-coldchain")
    owner = User.objects.get(email="challenge.coldchain@duijie.example")
    rows = ranking(challenge, actor=owner)
    names = [row.application.organisation.name_en for row in rows]
    assert names[0] == "Hangleng IoT Technology Co., Ltd."  # 8.3 from the one unconflicted expert
    scores = {row.application.organisation.name_en: row.result.score for row in rows}
    assert scores == {
        "Hangleng IoT Technology Co., Ltd.": 8.3,
        "Kelvin Sense Pte Ltd": 7.6,
        "MediShelf Robotics Pte Ltd": 6.3,
    }
    assert Score.objects.filter(review__submitted_at__isnull=True).count() == 3  # a draft sheet


def test_the_dashboard_counts_the_demo():
    load_demo(today=TODAY)
    figures = challenge_figures()
    assert figures["published"] == 3 and figures["awards"] == 1
    assert figures["applications"] == 6  # the Chinese draft is not sent
    assert figures["cross_border_applications"] == 4
