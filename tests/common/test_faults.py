"""Graceful faults: a branded 503 while the database is down, health endpoints, JSON API errors."""

import pytest
from django.db import OperationalError, connections

from duijie.matching.domain import index
from tests.conftest import login
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def database_down(db, monkeypatch):
    def refuse(*args, **kwargs):
        raise OperationalError("connection to server at 127.0.0.1 failed: Connection refused")

    monkeypatch.setattr(connections["default"], "cursor", refuse)


def test_a_page_is_a_translated_503_that_retries_while_the_database_is_down(client, database_down):
    response = client.get("/listings/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 503
    assert response["Retry-After"] == "15"
    html = response.content.decode()
    assert "Back in a moment" in html and 'http-equiv="refresh"' in html
    assert "Server Error" not in html


def test_the_503_page_is_in_chinese_for_chinese_readers(client, database_down):
    response = client.get("/organisations/", HTTP_ACCEPT_LANGUAGE="zh-hans")
    assert response.status_code == 503
    assert "稍后" in response.content.decode()


def test_the_api_answers_503_in_json_while_the_database_is_down(client, database_down):
    response = client.get("/api/listings", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 503
    assert "unavailable" in response.json()["detail"]


def test_a_signed_in_user_gets_the_503_even_though_the_session_cannot_load(client, db, monkeypatch):
    login(client, UserFactory())

    def refuse(*args, **kwargs):
        raise OperationalError("the database system is shutting down")

    monkeypatch.setattr(connections["default"], "cursor", refuse)
    assert client.get("/").status_code == 503


def test_healthz_needs_no_database(client, database_down):
    response = client.get("/healthz")
    assert response.status_code == 200 and response.json() == {"status": "ok"}


def test_readyz_is_503_while_the_database_is_down(client, database_down, monkeypatch):
    monkeypatch.setitem(index._state, "warm", True)
    monkeypatch.setitem(index._state, "engine", object())
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"]["database"] is False


def test_readyz_waits_for_the_matching_engine_to_be_warm(client, monkeypatch):
    monkeypatch.setitem(index._state, "warm", False)
    cold = client.get("/readyz")
    assert cold.status_code == 503
    assert cold.json()["checks"] == {"database": True, "task_queue": True, "matching": False}
    monkeypatch.setitem(index._state, "warm", True)
    monkeypatch.setitem(index._state, "engine", object())
    assert client.get("/readyz").json() == {
        "status": "ready",
        "checks": {"database": True, "task_queue": True, "matching": True},
    }


def test_an_unknown_api_address_is_a_json_404(client):
    response = client.get("/api/no-such-thing/here")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert response.json()["detail"]


def test_an_api_crash_is_a_json_500_not_an_html_page(client, monkeypatch):
    from duijie.api.routers import directory

    def crash(*args, **kwargs):
        raise RuntimeError("bug")

    monkeypatch.setattr(directory, "filter_organisations", crash)
    response = client.get("/api/organisations", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 500
    assert response.json() == {"detail": "Something went wrong on our side."}


def test_a_query_the_database_refuses_is_a_bug_not_an_outage():
    from duijie.common.faults import is_unavailable

    class LimitExceeded(Exception):
        sqlstate = "54000"  # program_limit_exceeded, e.g. an index row too large

    class AdminShutdown(Exception):
        sqlstate = "57P01"

    refused = OperationalError("index row size exceeds maximum")
    refused.__cause__ = LimitExceeded()
    shutdown = OperationalError("terminating connection due to administrator command")
    shutdown.__cause__ = AdminShutdown()
    assert not is_unavailable(refused)
    assert is_unavailable(shutdown)
    assert is_unavailable(OperationalError("connection refused"))
