"""axe-core: no serious or critical violation on the main pages, phone and desktop, zh and en."""

import pytest

from tests.browser.conftest import DESKTOP, PHONE, needs_chromium, new_page
from tests.browser.pages import main_paths, onsite_paths, signed_in_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True), needs_chromium]
BLOCKING = {"serious", "critical"}


def blocking_violations(axe, page) -> list[tuple[str, list]]:
    results = axe.run(page)
    return [
        (violation["id"], [node["target"] for node in violation["nodes"]])
        for violation in results.response["violations"]
        if violation["impact"] in BLOCKING
    ]


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390px", "1280px"])
@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_main_pages_have_no_serious_accessibility_violation(
    chromium, live_server, language, viewport
):
    # The package ships its own axe.min.js, injected into the page: nothing is downloaded.
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    page = new_page(chromium, language, viewport)
    found = {}
    for path in main_paths():
        page.goto(live_server.url + path)
        violations = blocking_violations(axe, page)
        if violations:
            found[path] = violations
    assert found == {}


def test_form_errors_are_tied_to_their_fields(chromium, live_server):
    page = new_page(chromium, "en", DESKTOP)
    page.goto(f"{live_server.url}/accounts/register/")
    page.fill("#id_email", "not-an-address")
    page.click("main button[type=submit]")
    email = page.locator("#id_email")
    assert email.get_attribute("aria-invalid") == "true"
    described_by = email.get_attribute("aria-describedby")
    assert described_by
    error_text = " ".join(
        page.locator(f"#{identifier}").inner_text() for identifier in described_by.split()
    )
    assert "valid email" in error_text


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390px", "1280px"])
@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_on_site_pages_have_no_serious_accessibility_violation(
    chromium, live_server, language, viewport
):
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    participant, organiser, participant_paths, organiser_paths = onsite_paths()
    found = {}
    for user, paths in ((participant, participant_paths), (organiser, organiser_paths)):
        page = signed_in_page(chromium, live_server, user, language, viewport)
        for path in paths:
            page.goto(live_server.url + path)
            violations = blocking_violations(axe, page)
            if violations:
                found[path] = violations
    assert found == {}
