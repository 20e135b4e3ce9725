"""Rate limits (429 with Retry-After), the client IP behind a trusted proxy, login lockout."""

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core import mail
from django.core.exceptions import ValidationError
from django.test import RequestFactory

from duijie.common.ratelimit import Rate, RateLimited, client_ip, ratelimit
from tests.conftest import login
from tests.factories import ListingFactory, MembershipFactory, UserFactory


def test_rates_are_read_as_attempts_per_period():
    assert Rate.parse("5/h") == Rate(5, 3600)
    assert Rate.parse("20/10m") == Rate(20, 600)
    assert Rate.parse("300/m") == Rate(300, 60)


def test_ratelimit_counts_per_key_and_client_and_says_how_long_to_wait():
    request = RequestFactory().get("/", REMOTE_ADDR="203.0.113.5")
    request.user = type("Anonymous", (), {"is_authenticated": False})()
    for _attempt in range(3):
        ratelimit(request, "probe", "3/h")
    with pytest.raises(RateLimited) as limited:
        ratelimit(request, "probe", "3/h")
    assert 0 < limited.value.retry_after <= 3600
    ratelimit(request, "another-key", "3/h")  # other keys keep their own count


@pytest.mark.parametrize(
    ("remote", "forwarded", "trusted", "expected"),
    [
        ("198.51.100.7", "203.0.113.9", [], "198.51.100.7"),  # no proxy trusted: header ignored
        ("10.0.0.2", "203.0.113.9", ["10.0.0.0/8"], "203.0.113.9"),
        ("10.0.0.2", "1.2.3.4, 203.0.113.9, 10.0.0.3", ["10.0.0.0/8"], "203.0.113.9"),
        ("10.0.0.2", "not-an-ip", ["10.0.0.0/8"], "10.0.0.2"),
        ("198.51.100.7", "203.0.113.9", ["10.0.0.0/8"], "198.51.100.7"),  # spoofed header
    ],
)
def test_the_client_ip_comes_from_x_forwarded_for_only_via_a_trusted_proxy(
    settings, remote, forwarded, trusted, expected
):
    settings.TRUSTED_PROXIES = trusted
    request = RequestFactory().get("/", REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=forwarded)
    assert client_ip(request) == expected


@pytest.mark.django_db
def test_password_reset_is_limited_per_client_with_a_translated_429(client):
    for _attempt in range(5):
        assert (
            client.post("/accounts/password-reset/", {"email": "x@example.com"}).status_code == 302
        )
    response = client.post(
        "/accounts/password-reset/", {"email": "x@example.com"}, HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert "Too many attempts" in response.content.decode()


@pytest.mark.django_db
def test_one_address_gets_at_most_three_reset_mails_an_hour_whoever_asks(client):
    UserFactory(email="victim@example.com")
    for number in range(6):
        response = client.post(
            "/accounts/password-reset/",
            {"email": "victim@example.com"},
            REMOTE_ADDR=f"203.0.113.{number}",
        )
        assert response.status_code == 302  # the page never tells
    assert len(mail.outbox) == 3


@pytest.mark.django_db
def test_registration_is_limited_per_client(client):
    for _attempt in range(10):
        client.post("/accounts/register/", {"email": "bad"})
    assert client.post("/accounts/register/", {"email": "bad"}).status_code == 429


@pytest.mark.django_db
def test_sending_interest_is_limited_per_user(client, settings):
    settings.RATELIMITS = {**settings.RATELIMITS, "web:interest_create": "2/h"}
    listing = ListingFactory()
    login(client, MembershipFactory().user)
    url = f"/listings/{listing.pk}/interest/"
    statuses = [client.post(url, {"message": ""}).status_code for _attempt in range(3)]
    assert statuses[-1] == 429 and 429 not in statuses[:2]


@pytest.mark.django_db
def test_the_api_is_limited_per_user_with_json_and_retry_after(client, settings):
    settings.RATELIMIT_API = "3/m"
    login(client, UserFactory(language="zh-hans"))
    for _attempt in range(3):
        assert client.get("/api/listings").status_code == 200
    response = client.get("/api/listings")
    assert response.status_code == 429
    assert "请" in response.json()["detail"]
    assert 0 < int(response["Retry-After"]) <= 60


@pytest.mark.django_db
def test_a_disabled_limit_counts_nothing(settings):
    settings.RATELIMIT_ENABLED = False
    request = RequestFactory().get("/")
    for _attempt in range(5):
        ratelimit(request, "probe", "1/h", by="someone")


@pytest.mark.django_db
def test_an_account_is_locked_after_failures_from_many_addresses(client):
    UserFactory(email="target@example.com")
    for number in range(5):
        client.post(
            "/accounts/login/",
            {"username": "target@example.com", "password": "wrong guess"},
            REMOTE_ADDR=f"198.51.100.{number}",
        )
    response = client.post(
        "/accounts/login/",
        {"username": "target@example.com", "password": "correct-horse-battery"},
        REMOTE_ADDR="198.51.100.200",
    )
    assert response.status_code == 429  # axes' lockout page, from a fresh address too
    assert "_auth_user_id" not in client.session


def test_passwords_need_twelve_characters_and_must_not_be_common():
    with pytest.raises(ValidationError):
        validate_password("Short-pw-26")  # 11 characters
    with pytest.raises(ValidationError):
        validate_password("password1234")  # in Django's common-password list
    validate_password("kopi-and-kaya-2026")
