"""Who sees what on the challenge pages: each rule of the issue, on the server."""

import pytest
from django.urls import reverse

from duijie.challenges.domain import panel
from duijie.challenges.models import Challenge
from tests.challenges.conftest import sent_application
from tests.challenges.factories import ApplicationFactory
from tests.conftest import login


@pytest.fixture
def judging(challenge, owner, solver, other_solver, expert_user):
    Challenge.objects.filter(pk=challenge.pk).update(status="evaluation")
    challenge.refresh_from_db()
    first = sent_application(challenge, solver, approach="Polarised imaging, confidential A.")
    second = sent_application(challenge, other_solver, approach="偏振成像方案 B。")
    panel.invite_expert(challenge, actor=owner, user=expert_user)
    return challenge, first, second


def url(name, *args):
    return reverse(f"web:challenges_{name}", args=args)


def test_applicants_never_see_each_others_applications(client, judging, solver):
    challenge, first, second = judging
    login(client, solver)
    assert client.get(url("application", first.pk)).status_code == 200
    assert client.get(url("application", second.pk)).status_code == 404
    assert client.get(url("manage", challenge.pk)).status_code == 403
    page = client.get(url("detail", challenge.pk)).content.decode()
    assert "Hangzhou Optics" not in page and "偏振成像方案" not in page


def test_an_expert_sees_only_applications_without_conflict(client, judging, expert_user):
    challenge, first, second = judging
    panel.declare_conflict(first, actor=expert_user, conflicted=True, note="Former adviser")
    login(client, expert_user)
    listing = client.get(url("panel", challenge.pk)).content.decode()
    assert url("review", second.pk) in listing and url("review", first.pk) not in listing
    assert client.get(url("review", first.pk)).status_code == 404
    assert client.get(url("application", first.pk)).status_code == 404
    # Before declaring, the expert sees the declaration form but not the application itself.
    before = client.get(url("review", second.pk)).content.decode()
    assert "偏振成像方案" not in before and url("declare", second.pk) in before
    client.post(url("declare", second.pk), {"conflicted": "no"})
    assert "偏振成像方案 B。" in client.get(url("review", second.pk)).content.decode()


def test_blind_review_never_shows_the_applicants_name_to_experts(
    client, judging, owner, expert_user
):
    challenge, first, second = judging
    Challenge.objects.filter(pk=challenge.pk).update(blind_review=True)
    panel.declare_conflict(first, actor=expert_user, conflicted=False)
    login(client, expert_user)
    pages = [
        client.get(url("panel", challenge.pk)),
        client.get(url("review", first.pk)),
        client.get(url("application", first.pk)),
    ]
    assert [p.status_code for p in pages] == [200, 200, 200]
    for page in pages:
        text = page.content.decode()
        assert "Lion Vision" not in text and "Hangzhou Optics" not in text
    assert f"A-{first.pk:04d}" in pages[1].content.decode()
    login(client, owner)  # the owner still knows who applied
    assert "Lion Vision" in client.get(url("application", first.pk)).content.decode()


def test_the_owner_sees_scores_only_after_the_expert_submits(client, judging, owner, expert_user):
    challenge, first, _second = judging
    panel.declare_conflict(first, actor=expert_user, conflicted=False)
    tech, cost = [c.pk for c in challenge.criteria.all()]
    panel.save_scores(
        first, actor=expert_user, values={tech: 9, cost: 7}, comments={tech: "秘密草稿"}
    )
    login(client, owner)
    page = client.get(url("manage", challenge.pk)).content.decode()
    assert "秘密草稿" not in page and "9/10" not in page and "1 still scoring" not in page
    panel.save_scores(
        first, actor=expert_user, values={tech: 9, cost: 7}, comments={tech: "扎实"}, submit=True
    )
    page = client.get(url("manage", challenge.pk)).content.decode()
    assert "扎实" in page and "9/10" in page and "8.2" in page


def test_staff_see_everything(client, judging, staff, owner):
    challenge, first, second = judging
    draft = ApplicationFactory(challenge=challenge, status="draft", approach="A draft in progress")
    hidden = Challenge.objects.create(
        organisation=challenge.organisation,
        title="Unpublished draft",
        problem="p",
        expected_results="r",
        content_locale="en",
        deadline=challenge.deadline,
        reward_amount=1,
    )
    login(client, staff)
    assert client.get(url("detail", hidden.pk)).status_code == 200
    assert client.get(url("manage", challenge.pk)).status_code == 200
    for application in (first, second, draft):
        assert client.get(url("application", application.pk)).status_code == 200
    login(client, owner)  # the owner never sees an applicant's draft
    assert client.get(url("application", draft.pk)).status_code == 404


def test_public_pages_show_only_what_is_public(client, challenge, owner):
    Challenge.objects.filter(pk=challenge.pk).update(
        confidentiality="nda",
        confidential_details="Line speed 31 m/min at plant 4.",
        nda_text="Do not disclose.",
    )
    draft = Challenge.objects.create(
        organisation=challenge.organisation,
        title="Secret draft",
        problem="p",
        expected_results="r",
        content_locale="en",
        deadline=challenge.deadline,
        reward_amount=1,
    )
    page = client.get(url("list")).content.decode()
    assert challenge.title in page and "Secret draft" not in page
    assert client.get(url("detail", draft.pk)).status_code == 404
    detail = client.get(url("detail", challenge.pk)).content.decode()
    assert "plant 4" not in detail and "Do not disclose." in detail
    assert client.get(url("result", challenge.pk)).status_code == 404
    assert client.get(url("manage", challenge.pk)).status_code == 302  # to the login page


def test_accepting_the_nda_is_recorded_and_shows_the_details(client, challenge, solver):
    Challenge.objects.filter(pk=challenge.pk).update(
        confidentiality="nda", confidential_details="Line speed 31 m/min.", nda_text="Keep it."
    )
    login(client, solver)
    assert "31 m/min" not in client.get(url("detail", challenge.pk)).content.decode()
    client.post(url("nda", challenge.pk))
    assert "31 m/min" in client.get(url("detail", challenge.pk)).content.decode()
    assert challenge.ndas.get().user == solver
