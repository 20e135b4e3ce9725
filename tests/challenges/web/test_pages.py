"""The challenge pages end to end: bad input is refused in the reader's language, nothing lost."""

import datetime

from django.urls import reverse
from django.utils import timezone

from duijie.challenges.domain import decisions, panel
from duijie.challenges.models import Application, Challenge, Score
from duijie.common.models.notifications import Notification
from tests.challenges.conftest import past, sent_application
from tests.conftest import login

FORM = {
    "title": "曲面玻璃缺陷检测",
    "problem": "在产线速度下检测缺陷。",
    "expected_results": "样机。",
    "content_locale": "zh-hans",
    "reward_amount": "500000",
    "reward_currency": "CNY",
    "deadline": "2099-01-31T17:00",
    "confidentiality": "public",
    "criteria": "技术 | 60\n成本 | 30",
}


def url(name, *args):
    return reverse(f"web:challenges_{name}", args=args)


def test_weights_not_adding_to_100_keep_the_form_and_say_why_in_chinese(client, owner):
    login(client, owner)
    organisation = owner.memberships.get().organisation
    response = client.post(
        url("create"), {**FORM, "organisation": organisation.pk}, HTTP_ACCEPT_LANGUAGE="zh-hans"
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "各项评审标准的权重之和必须为 100%。" in page and "在产线速度下检测缺陷。" in page
    assert not Challenge.objects.exists()
    response = client.post(
        url("create"), {**FORM, "criteria": "技术 | 60\n成本 | 40", "organisation": organisation.pk}
    )
    challenge = Challenge.objects.get()
    assert response.status_code == 302 and challenge.status == "draft"
    client.post(url("submit", challenge.pk))
    challenge.refresh_from_db()
    assert challenge.status == "in_review"


def test_staff_publish_from_the_challenge_page(client, challenge, staff):
    Challenge.objects.filter(pk=challenge.pk).update(status="in_review")
    login(client, staff)
    assert "decision" in client.get(url("detail", challenge.pk)).content.decode()
    client.post(url("staff_review", challenge.pk), {"decision": "return", "reason": ""})
    challenge.refresh_from_db()
    assert challenge.status == "in_review"  # no reason, no return
    client.post(url("staff_review", challenge.pk), {"decision": "approve"})
    challenge.refresh_from_db()
    assert challenge.status == "open"


def test_apply_save_a_draft_then_send_and_not_twice(client, challenge, solver):
    login(client, solver)
    detail = client.get(url("detail", challenge.pk)).content.decode()
    assert url("apply", challenge.pk) in detail
    data = {
        "approach": "Polarised imaging.",
        "content_locale": "en",
        "currency": "CNY",
        "organisation": solver.memberships.get().organisation_id,
    }
    response = client.post(url("apply", challenge.pk), {**data, "save": "1"})
    application = Application.objects.get()
    assert response.status_code == 302 and application.status == "draft"
    # A second visit to "apply" leads to the one application of the organisation.
    assert client.get(url("apply", challenge.pk))["Location"] == url("application", application.pk)
    client.post(url("application_edit", application.pk), {**data, "send": "1"})
    application.refresh_from_db()
    assert application.status == "submitted"
    assert Application.objects.count() == 1


def test_applying_after_the_deadline_is_refused_with_a_message(client, challenge, solver):
    Challenge.objects.filter(pk=challenge.pk).update(deadline=past())
    solver.language = "zh-hans"
    solver.save()
    login(client, solver)
    assert (
        url("apply", challenge.pk) not in client.get(url("detail", challenge.pk)).content.decode()
    )
    response = client.post(
        url("apply", challenge.pk), {"approach": "x"}, follow=True, HTTP_ACCEPT_LANGUAGE="zh-hans"
    )
    assert "该揭榜项目已不再接受申请。" in response.content.decode()
    assert not Application.objects.exists()


def test_a_score_outside_the_scale_is_refused_and_nothing_is_saved(
    client, challenge, owner, solver, expert_user
):
    Challenge.objects.filter(pk=challenge.pk).update(status="evaluation")
    challenge.refresh_from_db()
    application = sent_application(challenge, solver)
    panel.invite_expert(challenge, actor=owner, user=expert_user)
    panel.declare_conflict(application, actor=expert_user, conflicted=False)
    tech, cost = [c.pk for c in challenge.criteria.all()]
    login(client, expert_user)
    response = client.post(
        url("score", application.pk),
        {f"score_{tech}": "11", f"score_{cost}": "5", "comment": "保留的评语", "submit": "1"},
        HTTP_ACCEPT_LANGUAGE="zh-hans",
    )
    assert response.status_code == 400
    assert "保留的评语" in response.content.decode()
    assert not Score.objects.exists()
    client.post(
        url("score", application.pk), {f"score_{tech}": "8", f"score_{cost}": "5", "submit": "1"}
    )
    assert sorted(Score.objects.values_list("value", flat=True)) == [5, 8]


def test_a_conflicted_expert_cannot_score_through_the_page(
    client, challenge, owner, solver, expert_user
):
    Challenge.objects.filter(pk=challenge.pk).update(status="evaluation")
    challenge.refresh_from_db()
    application = sent_application(challenge, solver)
    panel.invite_expert(challenge, actor=owner, user=expert_user)
    panel.declare_conflict(application, actor=expert_user, conflicted=True, note="Shareholder")
    tech, cost = [c.pk for c in challenge.criteria.all()]
    login(client, expert_user)
    response = client.post(
        url("score", application.pk), {f"score_{tech}": "9", f"score_{cost}": "9"}
    )
    assert response.status_code == 404 and not Score.objects.exists()


def test_award_to_a_non_shortlisted_application_is_refused_in_chinese(
    client, challenge, owner, solver, other_solver
):
    Challenge.objects.filter(pk=challenge.pk).update(status="evaluation")
    challenge.refresh_from_db()
    first, second = sent_application(challenge, solver), sent_application(challenge, other_solver)
    decisions.shortlist(challenge, actor=owner, application_ids=[first.pk])
    login(client, owner)
    response = client.post(
        url("award", challenge.pk),
        {"applications": [second.pk], "reason": "更便宜"},
        follow=True,
        HTTP_ACCEPT_LANGUAGE="zh-hans",
    )
    assert "只有入围的申请才能获奖。" in response.content.decode()
    challenge.refresh_from_db()
    assert challenge.status == "shortlist" and not Notification.objects.exists()
    client.post(
        url("award", challenge.pk), {"applications": [first.pk], "reason": "最佳", "publish": "on"}
    )
    challenge.refresh_from_db()
    assert challenge.status == "awarded"
    client.logout()
    result = client.get(url("result", challenge.pk)).content.decode()
    assert "Lion Vision" in result and "最佳" in result and "Hangzhou Optics" not in result


def test_milestone_evidence_and_acceptance_through_the_pages(client, challenge, owner, solver):
    Challenge.objects.filter(pk=challenge.pk).update(status="evaluation")
    challenge.refresh_from_db()
    application = sent_application(challenge, solver)
    decisions.shortlist(challenge, actor=owner, application_ids=[application.pk])
    decisions.award(challenge, actor=owner, winner_ids=[application.pk], reason="Best")
    login(client, owner)
    due = (timezone.localdate() + datetime.timedelta(days=30)).isoformat()
    client.post(
        url("milestone_add", challenge.pk),
        {"application": application.pk, "title": "Prototype", "due_on": due},
    )
    milestone = application.milestones.get()
    login(client, solver)
    client.post(url("evidence", milestone.pk), {"note": "Ran 1,000 panels."})
    milestone.refresh_from_db()
    assert milestone.status == "submitted"
    login(client, owner)
    client.post(url("milestone_review", milestone.pk), {"accept": "yes"})
    client.post(url("stage", challenge.pk), {"to": "accepted"})
    challenge.refresh_from_db()
    assert challenge.status == "accepted"


def test_every_form_page_renders_for_who_may_use_it(client, challenge, owner, solver):
    draft = Challenge.objects.create(
        organisation=challenge.organisation,
        title="Draft",
        problem="p",
        expected_results="r",
        content_locale="en",
        deadline=challenge.deadline,
        reward_amount=1,
    )
    login(client, owner)
    assert client.get(url("create")).status_code == 200
    edit = client.get(url("edit", draft.pk))
    assert edit.status_code == 200 and "Draft" in edit.content.decode()
    assert client.get(url("edit", challenge.pk)).status_code == 403  # published: no more edits
    manage = client.get(url("manage", challenge.pk)).content.decode()
    assert 'value="cancelled"' in manage and 'value="evaluation"' not in manage  # still open
    login(client, solver)
    assert client.get(url("apply", challenge.pk)).status_code == 200
    assert client.get(url("create")).status_code == 200
    assert client.get(url("edit", draft.pk)).status_code == 404
