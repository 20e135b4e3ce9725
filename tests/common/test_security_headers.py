"""Security headers, cache rules, session timeouts and body caps (issue 13)."""

import re
import time
from pathlib import Path

import pytest
from django.test import override_settings

from duijie.common.middleware import SESSION_SEEN, SESSION_STARTED
from tests.conftest import login
from tests.factories import DepartmentFactory, UserFactory

pytestmark = pytest.mark.django_db
TEMPLATES = Path(__file__).resolve().parents[2] / "src" / "duijie"


def _directive(policy: str, name: str) -> str:
    return next(part.strip() for part in policy.split(";") if part.strip().startswith(name))


def test_pages_send_a_strict_content_security_policy(client):
    policy = client.get("/").headers["Content-Security-Policy"]
    assert _directive(policy, "script-src") == "script-src 'self'"
    assert _directive(policy, "object-src") == "object-src 'none'"
    assert _directive(policy, "frame-ancestors") == "frame-ancestors 'none'"
    assert "http" not in policy  # no third-party origin anywhere


def test_every_response_sends_a_permissions_policy(client):
    for url in ("/", "/api/listings"):
        header = client.get(url).headers["Permissions-Policy"]
        assert "camera=()" in header and "geolocation=()" in header


def test_no_template_has_an_inline_script_or_event_handler():
    offenders = []
    for template in TEMPLATES.glob("*/templates/**/*.html"):
        text = template.read_text()
        inline = re.findall(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)[^>]*>", text)
        handlers = re.findall(r"\son[a-z]+\s*=", text)
        if inline or handlers:
            offenders.append(template.name)
    assert offenders == []


def test_api_docs_load_swagger_ui_from_the_platform_itself(client):
    html = client.get("/api/docs").content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in html
    assert "cdn" not in html.lower()
    assert client.get("/static/ninja/swagger-ui-bundle.js").status_code == 200


def test_pages_for_a_signed_in_user_are_never_stored(client):
    anonymous = client.get("/")
    assert "no-store" not in anonymous.headers.get("Cache-Control", "")
    login(client, UserFactory())
    for url in ("/", "/accounts/profile/", "/api/listings"):
        cache_control = client.get(url).headers["Cache-Control"]
        assert "no-store" in cache_control and "private" in cache_control


def _age_session(client, *, idle_minutes: float, age_hours: float = 0) -> None:
    session = client.session
    now = int(time.time())
    session[SESSION_SEEN] = now - int(idle_minutes * 60)
    session[SESSION_STARTED] = now - int(age_hours * 3600)
    session.save()


def _signed_in(client) -> bool:
    return client.get("/accounts/profile/").status_code == 200


@pytest.mark.parametrize(
    ("who", "idle_minutes", "still_in"),
    [
        ("government", 29, True),
        ("government", 31, False),
        ("staff", 31, False),
        ("member", 31, True),
        ("member", 8 * 60 + 1, False),
    ],
)
def test_idle_sessions_end_sooner_for_government_and_staff(client, who, idle_minutes, still_in):
    fields = {
        "government": {"department": DepartmentFactory()},
        "staff": {"is_staff": True},
        "member": {},
    }[who]
    login(client, UserFactory(**fields))
    assert _signed_in(client)
    _age_session(client, idle_minutes=idle_minutes)
    assert _signed_in(client) is still_in


def test_every_session_ends_after_its_absolute_lifetime(client):
    login(client, UserFactory())
    _age_session(client, idle_minutes=1, age_hours=7 * 24 + 1)
    assert not _signed_in(client)


def test_the_idle_limits_come_from_settings(client, settings):
    settings.SESSION_IDLE_SECONDS = 60
    login(client, UserFactory())
    _age_session(client, idle_minutes=2)
    assert not _signed_in(client)


@override_settings(MAX_REQUEST_BYTES=1000)
def test_a_body_larger_than_the_cap_is_refused_before_it_is_read(client):
    response = client.post("/api/listings", "x" * 2000, content_type="application/json")
    assert response.status_code == 413
    assert response.json()["detail"]
    page = client.post("/accounts/login/", {"username": "u" * 2000, "password": "p"})
    assert page.status_code == 413
