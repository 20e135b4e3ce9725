"""schemathesis over /api/openapi.json, in process on the WSGI app: no 500, bodies match schema.

Bounded (a few examples per operation, derandomised) so it runs in CI on every change. Runs
as an anonymous visitor and as a signed-in organisation member over a little data.
"""

from __future__ import annotations

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
)

from tests.factories import ListingFactory, MembershipFactory, SectorFactory

CHECKS = [not_a_server_error, response_schema_conformance, content_type_conformance]


@pytest.fixture
def member(db):
    sector = SectorFactory(code="digital_ai")
    membership = MembershipFactory(role="admin")
    listing = ListingFactory(organisation=membership.organisation)
    listing.sectors.add(sector)
    ListingFactory(kind="tech_need", title="需要视觉检测", content_locale="zh-hans")
    return membership.user


@pytest.fixture
def api_schema(db, settings):
    """The schema loaded from the WSGI app, called the way a server calls it.

    Django's test client keeps the test's connection open across requests; a plain WSGI call
    would close it at the end of each request (inside the test's transaction on PostgreSQL),
    so the same signal handlers are disconnected here for the test.
    """
    from duijie.wsgi import application

    settings.RATELIMIT_ENABLED = False  # hundreds of calls a minute from one client, on purpose
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield schemathesis.openapi.from_wsgi("/api/openapi.json", application)
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


def _session_headers(user) -> dict[str, str]:
    """The cookies and CSRF header a signed-in browser sends (made without a request, which
    would reconnect the handler that closes the connection)."""
    from importlib import import_module

    from django.conf import settings as django_settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.middleware.csrf import _get_new_csrf_string

    session = import_module(django_settings.SESSION_ENGINE).SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.save()
    token = _get_new_csrf_string()
    cookies = f"sessionid={session.session_key}; csrftoken={token}"
    return {"Cookie": cookies, "X-CSRFToken": token}


SETTINGS = settings(
    max_examples=6,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)


def _failures(operation, headers: dict[str, str]) -> list[str]:
    """What the checks found for one operation's bounded examples (empty when all passed)."""
    found: list[str] = []

    @given(case=operation.as_strategy())
    @SETTINGS
    def run(case):
        response = case.call(headers=headers)
        try:
            case.validate_response(response, checks=CHECKS)
        except Exception as failure:  # schemathesis groups its findings in one error
            found.append(f"{operation.label}: {failure}")

    run()
    return found


@pytest.mark.slow
@pytest.mark.parametrize("signed_in", [False, True], ids=["anonymous", "member"])
def test_every_operation_answers_without_server_error_and_within_its_schema(
    api_schema, member, signed_in
):
    headers = _session_headers(member) if signed_in else {}
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) > 50  # the whole API, not an empty schema
    failures = []
    for operation in operations:
        failures += _failures(operation, headers)
    assert failures == []
