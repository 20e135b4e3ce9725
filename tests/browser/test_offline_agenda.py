"""The agenda opens offline after one visit; nothing is kept once nobody is signed in."""

import pytest

from tests.browser.conftest import PHONE, needs_chromium
from tests.browser.pages import onsite_paths, signed_in_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True), needs_chromium]
KEPT = "() => caches.open('duijie-agenda-v1').then(c => c.keys()).then(k => k.map(r => r.url))"


def visit_agenda_until_kept(page, url: str) -> None:
    page.goto(url)
    page.evaluate("() => navigator.serviceWorker.ready")
    # The first visit installs the worker; the second goes through it and is kept.
    page.goto(url)
    page.wait_for_function(f"() => ({KEPT})().then(urls => urls.includes('{url}'))")


def test_agenda_opens_offline_and_says_so(chromium, live_server):
    participant, _, participant_paths, _ = onsite_paths()
    page = signed_in_page(chromium, live_server, participant, "en", PHONE)
    url = live_server.url + participant_paths[1]
    visit_agenda_until_kept(page, url)
    assert page.locator("#offline-note").is_hidden()

    page.context.set_offline(True)
    page.goto(url)
    assert page.locator("h2", has_text="My agenda").is_visible()
    assert page.locator("#offline-note").is_visible()
    assert "You are offline" in page.locator("#offline-note").inner_text()


def test_logging_out_forgets_the_kept_agenda(chromium, live_server):
    participant, _, participant_paths, _ = onsite_paths()
    page = signed_in_page(chromium, live_server, participant, "en", PHONE)
    url = live_server.url + participant_paths[1]
    visit_agenda_until_kept(page, url)

    page.click("label.menu-button")
    page.click("nav.main-nav button:has-text('Log out')")
    page.wait_for_function(f"() => ({KEPT})().then(urls => urls.length === 0)")
    page.context.set_offline(True)
    with pytest.raises(Exception, match="net::ERR_"):
        page.goto(url)


def test_a_visitor_gets_no_service_worker_and_nothing_kept(chromium, live_server):
    _, _, participant_paths, _ = onsite_paths()
    page = chromium.new_context(viewport=PHONE).new_page()
    page.goto(live_server.url + participant_paths[1])  # redirected to the login page
    assert "/accounts/login/" in page.url
    assert page.evaluate("() => navigator.serviceWorker.getRegistrations()") == []
    assert page.evaluate(KEPT) == []
