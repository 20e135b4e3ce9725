"""End to end in headless Chromium: register, publish, review, browse in the other language."""

import datetime
import os
import shutil

import pytest
from django.utils import timezone

from tests.factories import SectorFactory, UserFactory

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        not os.path.exists(CHROMIUM) and not os.environ.get("CI"),
        reason="Chromium is installed by scripts/system-deps.sh (make test)",
    ),
]
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture
def browser(monkeypatch):
    # Playwright's sync API runs an event loop in this thread; Django's ORM calls made by
    # the test itself are still synchronous and safe.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def register_and_publish_draft(page, base_url: str) -> str:
    page.goto(f"{base_url}/accounts/register/")
    page.fill("#id_full_name", "Lim Wei Jie")
    page.fill("#id_email", "weijie@example.sg")
    page.select_option("#id_language", "en")
    page.fill("#id_password1", "kopi-and-kaya-2026")
    page.fill("#id_password2", "kopi-and-kaya-2026")
    page.click("button:has-text('Create account')")
    page.wait_for_url("**/organisations/new/")
    page.fill("#id_name_en", "Merlion Vision Pte Ltd")
    page.select_option("#id_country", "SG")
    page.select_option("#id_org_type", "enterprise")
    page.fill("#id_uen", "199974606C")
    page.click("button:has-text('Save')")
    page.click("a:has-text('New listing')")
    expires = (timezone.localdate() + datetime.timedelta(days=90)).isoformat()
    title = "AI visual inspection for printed circuit boards"
    page.select_option("#id_kind", "tech_offer")
    page.fill("#id_title", title)
    page.fill("#id_description", "Deep-learning defect detection for PCB assembly lines.")
    page.select_option("#id_content_locale", "en")
    page.fill("#id_trl", "7")
    page.fill("#id_expires_on", expires)
    page.check("text=Digital economy and AI")
    page.click("button:has-text('Save')")
    page.click("button:has-text('Submit for review')")
    assert page.locator(".status").first.inner_text() == "Submitted for review"
    return title


def approve_as_staff(page, base_url: str, title: str) -> None:
    page.goto(f"{base_url}/accounts/login/")
    page.fill("#id_username", "reviewer@duijie.example")
    page.fill("#id_password", "correct-horse-battery")
    page.click("main button:has-text('Log in')")
    page.goto(f"{base_url}/staff/review/")
    card = page.locator(".review-item", has_text=title)
    card.locator("button:has-text('Approve and publish')").click()
    assert page.locator(".message.success").inner_text() == "Published."


def test_register_submit_approve_and_browse_in_chinese(browser, live_server):
    SectorFactory(code="digital_ai", name_zh="数字经济与人工智能", name_en="Digital economy and AI")
    UserFactory(email="reviewer@duijie.example", is_staff=True, language="en")
    company = browser.new_context(locale="en-SG")
    title = register_and_publish_draft(company.new_page(), live_server.url)
    approve_as_staff(browser.new_context(locale="en-SG").new_page(), live_server.url, title)

    visitor = browser.new_context(locale="zh-CN").new_page()
    visitor.goto(f"{live_server.url}/listings/")
    assert visitor.locator("html").get_attribute("lang") == "zh-hans"
    assert visitor.locator("h1").inner_text() == "技术与商务供需"
    visitor.click(f"text={title}")
    assert visitor.locator(".tag").first.inner_text() == "技术供给"
    assert "Merlion Vision Pte Ltd" in visitor.locator(".organisation").inner_text()
