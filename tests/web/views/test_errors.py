"""Error pages: branded, in the reader's language, saying what to do next."""

import pytest
from django.test import Client, RequestFactory
from django.utils import translation
from django.views import defaults

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def get(path: str, language: str, client=None):
    return (client or Client()).get(path, HTTP_ACCEPT_LANGUAGE=language)


@pytest.mark.parametrize(
    ("language", "heading", "lang"),
    [("zh-Hans", "找不到该页面", "zh-hans"), ("en", "Page not found", "en")],
)
def test_not_found_page_is_in_the_readers_language(language, heading, lang):
    response = get("/no-such-page/", language)
    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{lang}">' in html
    assert f"<h1>{heading}</h1>" in html
    assert 'class="site-header"' in html  # the site's own header, not Django's bare page


def test_not_found_page_offers_a_visitor_the_login_with_the_way_back():
    html = get("/listings/999999/", "en").content.decode()
    assert 'href="/accounts/login/?next=/listings/999999/"' in html


def test_not_found_page_tells_a_member_to_use_the_menu(client):
    client.force_login(
        UserFactory(language="en"), backend="django.contrib.auth.backends.ModelBackend"
    )
    html = client.get("/listings/999999/").content.decode()
    assert "Check the address, or find the page from the menu." in html


def test_forbidden_page_names_the_signed_in_user(client):
    client.force_login(
        UserFactory(full_name="Tan Mei Ling", language="en"),
        backend="django.contrib.auth.backends.ModelBackend",
    )
    response = client.get("/staff/review/")
    assert response.status_code == 403
    html = response.content.decode()
    assert "<h1>You cannot open this page</h1>" in html
    assert "You are logged in as Tan Mei Ling." in html


@pytest.mark.parametrize(
    ("language", "heading"),
    [("zh-hans", "服务器出了点问题"), ("en", "Something went wrong on our side")],
)
def test_server_error_page_renders_without_a_request_context(language, heading):
    request = RequestFactory().get("/")
    with translation.override(language):
        response = defaults.server_error(request)
    html = response.content.decode()
    assert response.status_code == 500
    assert f'<html lang="{language}">' in html
    assert f"<h1>{heading}</h1>" in html


@pytest.mark.parametrize(
    ("language", "heading"),
    [("zh-hans", "无法读取此请求"), ("en", "This request could not be read")],
)
def test_bad_request_page_is_translated(language, heading):
    request = RequestFactory().get("/")
    with translation.override(language):
        response = defaults.bad_request(request, exception=ValueError("damaged"))
    assert response.status_code == 400
    assert f"<h1>{heading}</h1>" in response.content.decode()


def test_a_bad_request_through_the_site_gets_the_page():
    # A Host header Django refuses is a SuspiciousOperation: 400 through the handler.
    response = Client().get("/", HTTP_HOST="bad host!", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    assert "<h1>This request could not be read</h1>" in response.content.decode()


@pytest.mark.parametrize(
    ("language", "heading"), [("zh-Hans", "表单已过期"), ("en", "This form has expired")]
)
def test_csrf_failure_explains_itself_and_loses_nothing(language, heading):
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        "/accounts/login/",
        {"username": "a@example.com", "password": "x"},
        HTTP_ACCEPT_LANGUAGE=language,
    )
    assert response.status_code == 403
    html = response.content.decode()
    assert f"<h1>{heading}</h1>" in html
    assert "CSRF" not in html  # Django's technical reason stays in the log
