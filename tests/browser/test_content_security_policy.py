"""In a real browser the strict CSP blocks nothing the pages need, and Swagger UI renders."""

import pytest

from tests.browser.conftest import DESKTOP, needs_chromium, new_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True), needs_chromium]


def _violations(page) -> list[str]:
    found: list[str] = []
    page.on(
        "console",
        lambda message: (
            found.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    return found


def test_pages_and_swagger_ui_run_without_csp_violations(chromium, live_server):
    page = new_page(chromium, "en", DESKTOP)
    violations = _violations(page)
    for path in ("/", "/listings/", "/accounts/login/"):
        response = page.goto(live_server.url + path)
        assert "script-src 'self'" in response.headers["content-security-policy"]
    page.goto(live_server.url + "/api/docs")
    page.wait_for_selector(".swagger-ui .info .title", timeout=20000)
    assert "Duijie API" in page.inner_text(".swagger-ui .info .title")
    assert violations == []
