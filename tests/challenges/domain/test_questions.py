import pytest
from django.urls import reverse

from duijie.challenges.domain import panel
from duijie.challenges.domain.questions import post_message
from duijie.challenges.models import ApplicationMessage, Challenge
from duijie.common.errors import DomainError, PermissionDenied
from duijie.common.models.notifications import Notification
from tests.challenges.conftest import sent_application
from tests.conftest import login


def test_owner_asks_applicant_answers_each_side_told(challenge, owner, solver):
    application = sent_application(challenge, solver)
    post_message(application, actor=owner, body="试运行需要多少台相机？", content_locale="zh-hans")
    assert list(Notification.objects.values_list("recipient", flat=True)) == [solver.pk]
    post_message(application, actor=solver, body="Two cameras per line.", content_locale="en")
    assert Notification.objects.filter(recipient=owner).count() == 1
    assert [m.content_locale for m in application.messages.all()] == ["zh-hans", "en"]


def test_nobody_else_takes_part_and_empty_messages_are_refused(
    challenge, owner, solver, other_solver, expert_user, staff
):
    application = sent_application(challenge, solver)
    for outsider in (other_solver, expert_user, staff):
        with pytest.raises(PermissionDenied):
            post_message(application, actor=outsider, body="Hello", content_locale="en")
    with pytest.raises(DomainError) as refused:
        post_message(application, actor=owner, body="   ", content_locale="en")
    assert refused.value.code == "body"
    assert not ApplicationMessage.objects.exists()


def test_the_panel_never_reads_the_questions(client, challenge, owner, solver, expert_user):
    application = sent_application(challenge, solver)
    post_message(application, actor=solver, body="We are Lion Vision.", content_locale="en")
    Challenge.objects.filter(pk=challenge.pk).update(status="evaluation")
    application.refresh_from_db()
    panel.invite_expert(application.challenge, actor=owner, user=expert_user)
    panel.declare_conflict(application, actor=expert_user, conflicted=False)
    page = reverse("web:challenges_application", args=[application.pk])
    login(client, expert_user)
    assert "We are Lion Vision." not in client.get(page).content.decode()
    login(client, owner)
    assert "We are Lion Vision." in client.get(page).content.decode()
    client.post(
        reverse("web:challenges_application_message", args=[application.pk]),
        {"body": "Thank you.", "content_locale": "en"},
    )
    assert application.messages.count() == 2


def test_control_characters_are_refused_before_anything_is_written(challenge, owner, solver):
    from duijie.challenges.domain.lifecycle import cancel_challenge

    application = sent_application(challenge, solver)
    with pytest.raises(DomainError) as refused:
        post_message(application, actor=owner, body="bad\x00text", content_locale="en")
    assert refused.value.code == "body"
    with pytest.raises(DomainError) as refused:
        cancel_challenge(challenge, actor=owner, reason="budget\x00gone")
    assert refused.value.code == "reason"
    challenge.refresh_from_db()
    assert challenge.status == "open" and not ApplicationMessage.objects.exists()
