"""Recording, assigning and handling proposals through the pages: bad input is refused."""

import pytest
from django.urls import reverse

from duijie.taskforce.models import HandlingStep, Proposal
from tests.conftest import login

pytestmark = pytest.mark.django_db


def url(name, *args):
    return reverse(f"web:{name}", args=args)


def proposal_data(units, **changes):
    data = {
        "kind": "deputy", "session": "区十七届人大四次会议", "number": "0012",
        "proposers": "赵云、孙丽", "subject": "关于设立新加坡创新中心的建议",
        "text": "建议在长阳创谷设立新加坡创新中心。", "content_locale": "zh-hans",
        "received_on": "2026-01-10", "reply_due": "2026-04-10",
        "lead_unit": units["lead"].pk, "co_units": [units["co"].pk],
    }  # fmt: skip
    return {**data, **changes}


def test_coordinator_records_a_proposal(client, people, units):
    login(client, people["coordinator"])
    response = client.post(url("taskforce_proposal_create"), proposal_data(units))
    proposal = Proposal.objects.get()
    assert response["Location"] == url("taskforce_proposal_detail", proposal.pk)
    assert proposal.proposers == ["赵云", "孙丽"]
    assert (proposal.status, proposal.lead_unit) == ("handling", units["lead"])


def test_bad_proposal_input_gives_field_errors_and_saves_nothing(client, people, units):
    login(client, people["coordinator"])
    bad = proposal_data(
        units, number="12 号", proposers=" 、 ", reply_due="2025-12-31",
        co_units=[units["lead"].pk],
    )  # fmt: skip
    response = client.post(url("taskforce_proposal_create"), bad)
    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"number", "proposers", "reply_due", "co_units"}
    assert Proposal.objects.count() == 0
    assert 'value="区十七届人大四次会议"' in response.content.decode()  # what was typed stays


def test_duplicate_number_in_a_session_is_refused(client, people, units):
    login(client, people["coordinator"])
    client.post(url("taskforce_proposal_create"), proposal_data(units))
    response = client.post(url("taskforce_proposal_create"), proposal_data(units), follow=True)
    assert Proposal.objects.count() == 1
    assert "already recorded for this session" in response.content.decode()


def test_units_cannot_record_proposals(client, people, units):
    login(client, people["lead"])
    response = client.post(url("taskforce_proposal_create"), proposal_data(units))
    assert response.status_code == 403 and Proposal.objects.count() == 0


def test_co_unit_logs_a_step_and_bad_steps_are_refused(client, people, units, proposal):
    login(client, people["co"])
    bad = {"kind": "party", "happened_on": "2999-01-01", "note": "", "content_locale": "en"}
    response = client.post(url("taskforce_step_add", proposal.pk), bad)
    assert response.status_code == 400
    assert set(response.context["step_form"].errors) == {"kind", "happened_on", "note"}
    good = {"kind": "visit", "happened_on": "2026-01-20", "note": "Visited the deputies.",
            "content_locale": "en"}  # fmt: skip
    client.post(url("taskforce_step_add", proposal.pk), good)
    step = HandlingStep.objects.get()
    assert (step.unit, step.author, step.kind) == (units["co"], people["co"], "visit")


def test_only_coordinators_assign_units(client, people, units, proposal):
    data = {"lead_unit": units["other"].pk, "co_units": []}
    login(client, people["lead"])
    assert client.post(url("taskforce_proposal_assign", proposal.pk), data).status_code == 403
    login(client, people["coordinator"])
    client.post(url("taskforce_proposal_assign", proposal.pk), data)
    proposal.refresh_from_db()
    assert proposal.lead_unit == units["other"] and list(proposal.co_units.all()) == []
    login(client, people["lead"])  # no longer a participant: the proposal disappears
    assert client.get(url("taskforce_proposal_detail", proposal.pk)).status_code == 404


def test_proposal_page_in_chinese(client, people, proposal):
    html = login(client, people["lead"]).get(url("taskforce_proposal_detail", proposal.pk))
    content = html.content.decode()
    assert "会议届次" in content and "办理过程" in content and "起草答复" in content
