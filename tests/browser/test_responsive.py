"""At phone width the header stays one short row and no page scrolls sideways, in both languages."""

import pytest

from tests.browser.conftest import DESKTOP, PHONE, needs_chromium, new_page
from tests.browser.pages import main_paths, onsite_paths, signed_in_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True), needs_chromium]
HEADER_LIMIT = 140
MEASURE = """() => ({
  header: document.querySelector('header.site-header').getBoundingClientRect().height,
  scrollWidth: document.documentElement.scrollWidth,
  innerWidth: window.innerWidth,
})"""


def measure(page, url: str) -> dict:
    response = page.goto(url)
    assert response.status == 200, url
    return page.evaluate(MEASURE)


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_phone_header_is_short_and_nothing_scrolls_sideways(chromium, live_server, language):
    page = new_page(chromium, language, PHONE)
    for path in main_paths():
        sizes = measure(page, live_server.url + path)
        assert sizes["header"] <= HEADER_LIMIT, (path, sizes)
        assert sizes["scrollWidth"] <= sizes["innerWidth"], (path, sizes)


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_desktop_pages_do_not_scroll_sideways(chromium, live_server, language):
    page = new_page(chromium, language, DESKTOP)
    for path in main_paths():
        sizes = measure(page, live_server.url + path)
        assert sizes["scrollWidth"] <= sizes["innerWidth"], (path, sizes)


def test_phone_menu_opens_without_scripts(chromium, live_server):
    context = chromium.new_context(
        viewport=PHONE, java_script_enabled=False, extra_http_headers={"Accept-Language": "zh-Hans"}
    )
    page = context.new_page()
    page.goto(f"{live_server.url}/")
    listings_link = page.locator("nav.main-nav a", has_text="供需信息")
    assert not listings_link.is_visible()
    page.click("label.menu-button")
    assert listings_link.is_visible()
    # A Chinese nav word stays on one line: its link is one line tall.
    box = listings_link.bounding_box()
    assert box["height"] >= 44
    assert page.evaluate("getComputedStyle(document.querySelector('.main-nav a')).whiteSpace") == (
        "nowrap"
    )


@pytest.mark.parametrize(("language", "names"), [("zh-hans", "English"), ("en", "简体中文")])
def test_language_switch_names_the_other_language_in_itself(chromium, live_server, language, names):
    page = new_page(chromium, language, PHONE)
    page.goto(f"{live_server.url}/")
    visible = page.locator(".language-switch button:visible")
    assert visible.all_inner_texts() == [names]


def test_desktop_shows_the_menu_without_a_button(chromium, live_server):
    page = new_page(chromium, "en", DESKTOP)
    page.goto(f"{live_server.url}/")
    assert page.locator("nav.main-nav a", has_text="Listings").is_visible()
    assert not page.locator("label.menu-button").is_visible()
    assert page.locator("header.site-header").bounding_box()["height"] <= HEADER_LIMIT


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_on_site_pages_fit_a_phone(chromium, live_server, language):
    participant, organiser, participant_paths, organiser_paths = onsite_paths()
    for user, paths in ((participant, participant_paths), (organiser, organiser_paths)):
        page = signed_in_page(chromium, live_server, user, language, PHONE)
        for path in paths:
            sizes = measure(page, live_server.url + path)
            assert sizes["header"] <= HEADER_LIMIT, (path, sizes)
            assert sizes["scrollWidth"] <= sizes["innerWidth"], (path, sizes)


def test_check_in_desk_search_is_on_the_first_screen(chromium, live_server):
    _, organiser, _, organiser_paths = onsite_paths()
    page = signed_in_page(chromium, live_server, organiser, "zh-hans", PHONE)
    page.goto(live_server.url + organiser_paths[0])
    first_person = page.locator("table.cards tbody tr").first.bounding_box()
    assert page.locator("main form.filters").bounding_box()["y"] < PHONE["height"]
    assert first_person["y"] < PHONE["height"]
