"""The services API follows the page rules: own requests, routed departments, no notes leak."""

import json

import pytest

from duijie.services.domain import handling
from duijie.services.models import ConsultingRequest
from tests.conftest import login

NOTE = "Internal: applicant's parent is under review"
API = "/api/services"


@pytest.fixture
def handled(desk, submit):
    item = submit(subject="Recognition question")
    handling.add_internal_note(item, actor=desk.clerk, body=NOTE)
    handling.reply_to_request(item, actor=desk.clerk, body="Public answer", content_locale="en")
    return item


def post(client, url, payload):
    return client.post(url, json.dumps(payload), content_type="application/json")


def test_anonymous_callers_are_refused(client, handled):
    assert client.get(f"{API}/requests").status_code == 401
    assert client.get(f"{API}/categories").status_code == 200


def test_the_requester_gets_the_reply_but_no_note_anywhere(client, desk, handled):
    login(client, desk.requester)
    listing = client.get(f"{API}/requests")
    detail = client.get(f"{API}/requests/{handled.pk}")
    assert listing.json()["count"] == 1
    assert detail.json()["messages"][0]["body"] == "Public answer"
    assert "under review" not in listing.content.decode()
    assert "under review" not in detail.content.decode()
    assert client.get(f"{API}/requests/{handled.pk}/notes").status_code == 403


def test_the_department_reads_the_notes(client, desk, handled):
    login(client, desk.clerk)
    notes = client.get(f"{API}/requests/{handled.pk}/notes").json()
    assert [note["body"] for note in notes] == [NOTE]


@pytest.mark.parametrize("who", ["stranger", "investor_clerk", "operator"])
def test_others_get_404_and_an_empty_list(client, desk, handled, who):
    login(client, getattr(desk, who))
    assert client.get(f"{API}/requests/{handled.pk}").status_code == 404
    assert client.get(f"{API}/requests/{handled.pk}/notes").status_code == 404
    assert client.get(f"{API}/requests").json()["count"] == 0


def test_submitting_and_replying_through_the_api(client, desk):
    login(client, desk.requester)
    created = post(
        client,
        f"{API}/requests",
        {"category": "regional_hq", "subject": "API question", "description": "Details"},
    )
    assert created.status_code == 201
    item_id = created.json()["id"]
    assert created.json()["department"]["code"] == "sh-commerce"
    assert post(client, f"{API}/requests/{item_id}/replies", {"body": "x"}).status_code == 403
    login(client, desk.clerk)
    replied = post(
        client, f"{API}/requests/{item_id}/replies", {"body": "Answer", "content_locale": "en"}
    )
    assert replied.json()["status"] == "answered"


def test_bad_input_gets_a_clear_refusal(client, desk):
    login(client, desk.requester)
    empty = post(
        client, f"{API}/requests", {"category": "regional_hq", "subject": " ", "description": "x"}
    )
    assert empty.status_code == 400
    unknown = post(
        client, f"{API}/requests", {"category": "nope", "subject": "s", "description": "d"}
    )
    assert unknown.status_code == 404
    assert not ConsultingRequest.objects.exists()


def test_transfer_returns_only_the_new_state(client, desk, handled):
    login(client, desk.clerk)
    moved = post(
        client,
        f"{API}/requests/{handled.pk}/transfer",
        {"department": "yp-invest", "reason": "Site question"},
    )
    assert moved.json()["department"]["code"] == "yp-invest"
    assert "Public answer" not in moved.content.decode()
    assert client.get(f"{API}/requests/{handled.pk}").status_code == 404


def test_rating_through_the_api_only_after_closing(client, desk, handled):
    login(client, desk.requester)
    url = f"{API}/requests/{handled.pk}/rating"
    assert post(client, url, {"score": 5}).status_code == 403
    handling.close_request(handled, actor=desk.clerk)
    assert post(client, url, {"score": 7}).status_code == 422
    assert post(client, url, {"score": 5, "comment": "Good"}).json()["rating"] == 5
    assert post(client, url, {"score": 3}).status_code == 400


def test_writes_need_the_csrf_token(desk, handled):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    login(client, desk.clerk)
    response = post(client, f"{API}/requests/{handled.pk}/notes", {"body": "forged"})
    assert response.status_code == 403
    assert handled.internal_notes.count() == 1
