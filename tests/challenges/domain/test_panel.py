import pytest
from django.utils import translation

from duijie.challenges.domain import panel
from duijie.challenges.domain.results import ranking, scores_shown_to
from duijie.challenges.models import Challenge, Review, Score
from duijie.common.errors import DomainError, PermissionDenied
from tests.challenges.conftest import sent_application
from tests.factories import UserFactory


@pytest.fixture
def judging(challenge):
    Challenge.objects.filter(pk=challenge.pk).update(status="evaluation")
    challenge.refresh_from_db()
    return challenge


def criteria(challenge):
    return [c.pk for c in challenge.criteria.all()]


def test_owner_invites_experts_but_not_own_staff(judging, owner, expert_user):
    expert = panel.invite_expert(judging, actor=owner, user=expert_user)
    assert expert.user == expert_user
    with pytest.raises(DomainError) as refused:
        panel.invite_expert(judging, actor=owner, user=expert_user)
    assert refused.value.code == "twice"
    with pytest.raises(DomainError) as refused:
        panel.invite_expert(judging, actor=owner, user=owner)
    assert refused.value.code == "owner"
    with pytest.raises(PermissionDenied):
        panel.invite_expert(judging, actor=expert_user, user=UserFactory())


def test_scores_on_the_scale_then_submitted(judging, owner, solver, expert_user):
    application = sent_application(judging, solver)
    panel.invite_expert(judging, actor=owner, user=expert_user)
    panel.declare_conflict(application, actor=expert_user, conflicted=False)
    tech, cost = criteria(judging)
    with pytest.raises(DomainError) as refused:
        panel.save_scores(application, actor=expert_user, values={tech: 11, cost: 5})
    with translation.override("zh-hans"):
        assert str(refused.value.message) == "评分须为 0 到 10 的整数。"
    assert not Score.objects.exists()
    with pytest.raises(DomainError) as refused:
        panel.save_scores(application, actor=expert_user, values={tech: 8}, submit=True)
    assert refused.value.code == "incomplete"
    panel.save_scores(application, actor=expert_user, values={tech: 8}, comments={tech: "扎实"})
    assert ranking(judging, actor=owner)[0].result.score is None  # a draft is not shown
    assert scores_shown_to(owner, judging) == []
    review = panel.save_scores(
        application, actor=expert_user, values={tech: 8, cost: 6}, comment="Good.", submit=True
    )
    assert review.submitted_at is not None
    [row] = ranking(judging, actor=owner)
    assert (row.result.score, row.submitted, row.pending) == (7.2, 1, 0)
    with pytest.raises(DomainError) as refused:
        panel.save_scores(application, actor=expert_user, values={tech: 1, cost: 1})
    assert Score.objects.get(criterion_id=tech).value == 8


def test_a_conflicted_expert_cannot_score(judging, owner, solver, expert_user):
    application = sent_application(judging, solver)
    panel.invite_expert(judging, actor=owner, user=expert_user)
    panel.declare_conflict(application, actor=expert_user, conflicted=False)
    tech, cost = criteria(judging)
    panel.save_scores(application, actor=expert_user, values={tech: 3})
    with pytest.raises(DomainError) as refused:
        panel.declare_conflict(application, actor=expert_user, conflicted=True, note="")
    assert refused.value.code == "conflict_note"
    panel.declare_conflict(application, actor=expert_user, conflicted=True, note="Former employer")
    assert not Score.objects.exists()  # draft scores of a conflicted expert are removed
    with pytest.raises(PermissionDenied) as refused:
        panel.save_scores(application, actor=expert_user, values={tech: 9, cost: 9})
    with translation.override("zh-hans"):
        assert str(refused.value.message) == "您没有执行此操作的权限。"
    with pytest.raises(DomainError):
        panel.declare_conflict(application, actor=expert_user, conflicted=False)
    assert Review.objects.get().conflicted is True


def test_only_panel_members_score_and_only_while_judging(challenge, owner, solver, expert_user):
    application = sent_application(challenge, solver)
    panel.invite_expert(challenge, actor=owner, user=expert_user)
    with pytest.raises(PermissionDenied):  # still open for applications
        panel.declare_conflict(application, actor=expert_user, conflicted=False)
    Challenge.objects.filter(pk=challenge.pk).update(status="evaluation")
    application.refresh_from_db()
    with pytest.raises(PermissionDenied):
        panel.declare_conflict(application, actor=UserFactory(), conflicted=False)


def test_progress_per_expert(judging, owner, solver, other_solver, expert_user):
    first, second = sent_application(judging, solver), sent_application(judging, other_solver)
    panel.invite_expert(judging, actor=owner, user=expert_user)
    panel.declare_conflict(first, actor=expert_user, conflicted=True, note="Adviser")
    panel.declare_conflict(second, actor=expert_user, conflicted=False)
    tech, cost = criteria(judging)
    panel.save_scores(second, actor=expert_user, values={tech: 5, cost: 5}, submit=True)
    [row] = panel.panel_progress(judging)
    assert (row["declared"], row["conflicted"], row["submitted"]) == (2, 1, 1)
