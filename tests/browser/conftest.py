"""Headless Chromium for the browser tests: the system build, started once per test."""

import os
import shutil

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
needs_chromium = pytest.mark.skipif(
    not os.path.exists(CHROMIUM) and not os.environ.get("CI"),
    reason="Chromium is installed by scripts/system-deps.sh (make test)",
)
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
ACCEPT_LANGUAGE = {"zh-hans": "zh-Hans,zh;q=0.9", "en": "en-SG,en;q=0.9"}


@pytest.fixture
def chromium(monkeypatch):
    # Playwright's sync API runs an event loop in this thread; the test's own ORM calls
    # stay synchronous and safe.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def new_page(browser, language: str, viewport: dict):
    """A page in a fresh context that asks for `language` and has the given window size."""
    context = browser.new_context(
        viewport=viewport, extra_http_headers={"Accept-Language": ACCEPT_LANGUAGE[language]}
    )
    return context.new_page()
