"""The challenges API: public data only, applications under the same rules as the pages."""

import json

import pytest

from duijie.challenges.domain import panel
from duijie.challenges.models import Application, Challenge
from tests.challenges.conftest import org_of, past, sent_application
from tests.challenges.factories import ApplicationFactory
from tests.conftest import login

API = "/api/challenges"


def post(client, url, payload, **extra):
    return client.post(url, json.dumps(payload), content_type="application/json", **extra)


@pytest.fixture
def secret(challenge):
    Challenge.objects.filter(pk=challenge.pk).update(
        confidentiality="nda", confidential_details="Plant 4 line speed", nda_text="Keep it."
    )
    challenge.refresh_from_db()
    return challenge


def test_public_list_and_detail_show_stage_deadline_and_no_secrets(client, secret, owner):
    Challenge.objects.create(
        organisation=secret.organisation,
        title="Draft",
        problem="p",
        expected_results="r",
        content_locale="en",
        deadline=secret.deadline,
        reward_amount=1,
    )
    listed = client.get(API).json()
    assert [item["title"] for item in listed["items"]] == [secret.title]
    detail = client.get(f"{API}/{secret.pk}").json()
    assert detail["stage"] == "open" and detail["accepts_applications"] is True
    assert detail["deadline"].startswith(secret.deadline.date().isoformat())
    assert [c["weight"] for c in detail["criteria"]] == [60, 40]
    assert detail["confidential_details_need_nda"] is True
    assert "Plant 4" not in json.dumps(detail)
    assert client.get(f"{API}/{secret.pk + 1}").status_code == 404


def test_applications_are_the_callers_own_or_all_sent_for_the_owner(
    client, challenge, owner, solver, other_solver, staff
):
    mine = sent_application(challenge, solver)
    theirs = sent_application(challenge, other_solver)
    draft = ApplicationFactory(challenge=challenge, status="draft")
    assert client.get(f"{API}/{challenge.pk}/applications").status_code == 401
    login(client, solver)
    assert [a["id"] for a in client.get(f"{API}/{challenge.pk}/applications").json()] == [mine.pk]
    login(client, owner)
    owner_sees = {a["id"] for a in client.get(f"{API}/{challenge.pk}/applications").json()}
    assert owner_sees == {mine.pk, theirs.pk}
    login(client, staff)
    staff_sees = {a["id"] for a in client.get(f"{API}/{challenge.pk}/applications").json()}
    assert staff_sees == {mine.pk, theirs.pk, draft.pk}


def test_a_blind_expert_gets_no_applicant_and_nothing_conflicted(
    client, challenge, owner, solver, other_solver, expert_user
):
    Challenge.objects.filter(pk=challenge.pk).update(status="evaluation", blind_review=True)
    challenge.refresh_from_db()
    first, second = sent_application(challenge, solver), sent_application(challenge, other_solver)
    panel.invite_expert(challenge, actor=owner, user=expert_user)
    panel.declare_conflict(first, actor=expert_user, conflicted=False)
    panel.declare_conflict(second, actor=expert_user, conflicted=True, note="Co-founder")
    login(client, expert_user)
    [seen] = client.get(f"{API}/{challenge.pk}/applications").json()
    assert seen["id"] == first.pk and seen["organisation"] is None


def test_apply_through_the_api_once_and_before_the_deadline(client, challenge, solver):
    login(client, solver)
    payload = {
        "organisation_id": org_of(solver).pk,
        "approach": "偏振成像。",
        "content_locale": "zh-hans",
        "trl": 5,
        "submit": True,
    }
    response = post(client, f"{API}/{challenge.pk}/applications", payload)
    assert response.status_code == 201, response.content
    assert response.json()["status"] == "submitted"
    again = post(
        client, f"{API}/{challenge.pk}/applications", payload, HTTP_ACCEPT_LANGUAGE="zh-hans"
    )
    assert again.status_code == 400
    assert again.json() == {"detail": "Your organisation has already applied to this challenge."}
    Application.objects.all().delete()
    Challenge.objects.filter(pk=challenge.pk).update(deadline=past())
    late = post(client, f"{API}/{challenge.pk}/applications", payload)
    assert late.status_code == 400
    assert late.json() == {"detail": "This challenge no longer takes applications."}
    assert not Application.objects.exists()


def test_bad_application_bodies_are_422_with_field_names(client, challenge, solver, owner):
    login(client, solver)
    response = post(
        client,
        f"{API}/{challenge.pk}/applications",
        {
            "organisation_id": org_of(owner).pk,
            "approach": "",
            "colour": "red",
            "content_locale": "en",
        },
    )
    assert response.status_code == 422
    fields = {e["loc"][-1] for e in response.json()["detail"]}
    assert fields == {"organisation_id", "approach", "colour"}
    assert not Application.objects.exists()


def test_figures_for_the_dashboards_readers_only(client, challenge, solver, staff):
    from tests.factories import DepartmentFactory, UserFactory

    sent_application(challenge, solver)
    login(client, solver)
    assert client.get(f"{API}/figures").status_code == 403
    login(client, UserFactory(department=DepartmentFactory()))
    figures = client.get(f"{API}/figures").json()
    assert figures["published"] == 1 and figures["cross_border_applications"] == 1
