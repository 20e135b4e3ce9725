import datetime

import pytest
from django.utils import timezone, translation

from duijie.challenges.domain import lifecycle
from duijie.challenges.domain.deadlines import close_due_challenges
from duijie.challenges.models import Challenge, ChallengeStatus, Criterion
from duijie.common.audit import state_history
from duijie.common.errors import DomainError, PermissionDenied
from duijie.common.models.notifications import Notification
from tests.challenges.conftest import org_of, past, sent_application

FIELDS = {
    "title": "曲面玻璃缺陷检测",
    "problem": "在产线速度下检测曲面玻璃缺陷。",
    "expected_results": "产线上可运行的样机。",
    "content_locale": "zh-hans",
    "title_other": "Curved glass defect detection",
    "eligible_countries": ["SG", "CN"],
    "eligible_org_types": ["enterprise", "university"],
    "trl_min": 4,
    "trl_max": 7,
    "reward_amount": 800000,
    "reward_currency": "CNY",
    "deadline": timezone.now() + datetime.timedelta(days=20),
}
CRITERIA = [{"name": "技术", "weight": 70}, {"name": "成本", "weight": 30}]


def test_owner_writes_a_draft_with_criteria(owner):
    challenge = lifecycle.create_challenge(
        actor=owner, organisation=org_of(owner), fields=FIELDS, criteria=CRITERIA
    )
    assert challenge.status == ChallengeStatus.DRAFT
    assert [(c.name, c.weight) for c in challenge.criteria.all()] == [("技术", 70), ("成本", 30)]
    assert [h.to_state for h in state_history(challenge)] == ["draft"]


def test_weights_not_adding_to_100_are_refused_in_the_readers_language(owner):
    bad = [{"name": "技术", "weight": 70}, {"name": "成本", "weight": 20}]
    with pytest.raises(DomainError) as refused:
        lifecycle.create_challenge(
            actor=owner, organisation=org_of(owner), fields=FIELDS, criteria=bad
        )
    with translation.override("zh-hans"):
        assert str(refused.value.message) == "各项评审标准的权重之和必须为 100%。"
    assert not Challenge.objects.exists() and not Criterion.objects.exists()


def test_a_refused_edit_keeps_the_old_criteria(owner):
    challenge = lifecycle.create_challenge(
        actor=owner, organisation=org_of(owner), fields=FIELDS, criteria=CRITERIA
    )
    with pytest.raises(DomainError):
        lifecycle.update_challenge(
            challenge, actor=owner, fields={"title": "New"}, criteria=[{"name": "x", "weight": 99}]
        )
    challenge.refresh_from_db()
    assert challenge.title == "曲面玻璃缺陷检测"
    assert challenge.criteria.count() == 2


def test_outsiders_cannot_issue_for_an_organisation(owner, solver):
    with pytest.raises(PermissionDenied):
        lifecycle.create_challenge(
            actor=solver, organisation=org_of(owner), fields=FIELDS, criteria=CRITERIA
        )
    assert not Challenge.objects.exists()


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"trl_min": 8, "trl_max": 3}, "trl_max"),
        ({"eligible_countries": ["MARS"]}, "eligible_countries"),
        ({"confidentiality": "nda", "nda_text": ""}, "nda_text"),
        ({"reward_amount": None, "reward_in_kind": ""}, "reward_amount"),
    ],
)
def test_contradicting_particulars_are_refused(owner, change, code):
    with pytest.raises(DomainError) as refused:
        lifecycle.create_challenge(
            actor=owner, organisation=org_of(owner), fields={**FIELDS, **change}, criteria=CRITERIA
        )
    assert refused.value.code == code


def test_review_by_staff_publishes_or_returns(owner, staff):
    challenge = lifecycle.create_challenge(
        actor=owner, organisation=org_of(owner), fields=FIELDS, criteria=CRITERIA
    )
    lifecycle.submit_challenge(challenge, actor=owner)
    with pytest.raises(PermissionDenied):
        lifecycle.approve_challenge(challenge, actor=owner)
    with pytest.raises(DomainError) as refused:
        lifecycle.return_challenge(challenge, actor=staff, reason="")
    assert refused.value.code == "reason"
    lifecycle.return_challenge(challenge, actor=staff, reason="State the line speed.")
    assert challenge.status == ChallengeStatus.RETURNED
    lifecycle.update_challenge(challenge, actor=owner, fields={"problem": "每分钟 30 片。"})
    lifecycle.submit_challenge(challenge, actor=owner)
    lifecycle.approve_challenge(challenge, actor=staff)
    assert challenge.status == ChallengeStatus.OPEN and challenge.published_at is not None
    with pytest.raises(PermissionDenied):
        lifecycle.update_challenge(challenge, actor=owner, fields={"title": "Changed"})
    assert [h.to_state for h in state_history(challenge)] == [
        "draft",
        "in_review",
        "returned",
        "in_review",
        "open",
    ]


def test_submission_needs_complete_criteria_and_a_future_deadline(owner):
    challenge = lifecycle.create_challenge(actor=owner, organisation=org_of(owner), fields=FIELDS)
    with pytest.raises(DomainError) as refused:
        lifecycle.submit_challenge(challenge, actor=owner)
    assert refused.value.code == "criteria"
    lifecycle.update_challenge(
        challenge, actor=owner, fields={"deadline": past()}, criteria=CRITERIA
    )
    with pytest.raises(DomainError) as refused:
        lifecycle.submit_challenge(challenge, actor=owner)
    assert refused.value.code == "deadline"
    assert challenge.status == ChallengeStatus.DRAFT


def test_applications_close_at_the_deadline_not_before(challenge, owner):
    with pytest.raises(DomainError):
        lifecycle.close_applications(challenge, actor=owner)
    Challenge.objects.filter(pk=challenge.pk).update(deadline=past())
    assert close_due_challenges() == 1
    challenge.refresh_from_db()
    assert challenge.status == ChallengeStatus.EVALUATION


def test_cancelling_tells_each_applicant_in_their_language(challenge, owner, solver, other_solver):
    sent_application(challenge, solver)
    sent_application(challenge, other_solver)
    with pytest.raises(DomainError):
        lifecycle.cancel_challenge(challenge, actor=owner, reason=" ")
    assert not Notification.objects.exists()
    lifecycle.cancel_challenge(challenge, actor=owner, reason="预算取消 / budget withdrawn")
    titles = dict(Notification.objects.values_list("recipient__language", "title"))
    assert titles["en"] == f"Challenge cancelled: {challenge.title}"
    assert titles["zh-hans"] == f"揭榜项目已取消：{challenge.title}"
