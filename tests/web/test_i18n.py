import pytest
from django.urls import reverse

from tests.conftest import login
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_home_follows_browser_language(client):
    chinese = client.get(reverse("web:home"), HTTP_ACCEPT_LANGUAGE="zh-CN,zh;q=0.9").content
    english = client.get(reverse("web:home"), HTTP_ACCEPT_LANGUAGE="en-SG,en;q=0.9").content
    assert "沪新创新合作".encode() in chinese
    assert b"Shanghai\xe2\x80\x93Singapore innovation cooperation" in english
    assert b'lang="zh-hans"' in chinese and b'lang="en"' in english


def test_switching_language_is_remembered_on_the_account(client):
    user = UserFactory(language="en")
    login(client, user)
    client.post(reverse("web:switch_language"), {"language": "zh-hans", "next": "/"})
    user.refresh_from_db()
    assert user.language == "zh-hans"
    page = client.get(reverse("web:home"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "最新发布" in page


def test_anonymous_switch_sets_cookie(client):
    client.post(reverse("web:switch_language"), {"language": "en", "next": "/"})
    page = client.get(reverse("web:home"), HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()
    assert "Latest listings" in page
