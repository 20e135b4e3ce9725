"""The task-force API honours the same visibility as the pages; hidden data never appears."""

import json

import pytest

from tests.conftest import login
from tests.taskforce.factories import ProposalFactory, ReplyFactory, WorkItemFactory

pytestmark = pytest.mark.django_db


def test_anonymous_and_companies_are_refused(client, people, item):
    assert client.get("/api/taskforce/items").status_code == 401
    login(client, people["company"])
    assert client.get("/api/taskforce/items").status_code == 403
    assert client.get(f"/api/taskforce/items/{item.pk}").status_code == 403
    assert client.get("/api/taskforce/proposals").status_code == 403


def test_units_list_only_their_items_with_computed_status(client, people, units, item):
    hidden = WorkItemFactory(lead_unit=units["other"], title_en="Other unit's secret")
    login(client, people["co"])
    response = client.get("/api/taskforce/items")
    data = response.json()
    assert data["count"] == 1
    (only,) = data["items"]
    assert only["id"] == item.pk and only["lead_unit"]["code"] == "yp-invest"
    assert only["status"] in {"on_track", "at_risk", "not_started", "overdue", "done"}
    assert "Other unit's secret" not in response.content.decode()
    assert client.get(f"/api/taskforce/items/{hidden.pk}").status_code == 404
    detail = client.get(f"/api/taskforce/items/{item.pk}").json()
    assert detail["milestones"] == [] and detail["reports"] == []


def test_bad_status_filter_is_refused(client, people):
    login(client, people["coordinator"])
    assert client.get("/api/taskforce/items?status=late").status_code == 422


def test_proposals_api_hides_other_units(client, people, units, proposal):
    hidden = ProposalFactory(lead_unit=units["other"], subject="其他单位的建议")
    login(client, people["co"])
    response = client.get("/api/taskforce/proposals")
    assert [p["id"] for p in response.json()["items"]] == [proposal.pk]
    assert "其他单位的建议" not in response.content.decode()
    assert client.get(f"/api/taskforce/proposals/{hidden.pk}").status_code == 404


def test_public_replies_api_shows_only_proactive_current_replies(client, proposal, units):
    public = ReplyFactory(proposal=proposal, status="issued", body="公开答复")
    ReplyFactory(
        proposal=ProposalFactory(lead_unit=units["lead"]), status="issued",
        disclosure="not_public", document_number="杨府〔2024〕99号", body="不予公开的答复",
    )  # fmt: skip
    response = client.get("/api/taskforce/public-replies")
    body = response.content.decode()
    assert [r["id"] for r in response.json()["items"]] == [public.pk]
    assert "不予公开的答复" not in body and "杨府〔2024〕99号" not in json.loads(body)["items"][0]
