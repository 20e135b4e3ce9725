"""Notification centre pages: the header count, the list, marking read, preferences."""

from __future__ import annotations

import pytest
from django.urls import reverse

from duijie.common.models import Delivery, Notification, NotificationPreference
from tests.conftest import login
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

LIST = "/me/notifications/"
READ = "/me/notifications/read/"
PREFERENCES = "/me/notifications/preferences/"


def make(user, title, *, url="", read=False):
    from django.utils import timezone

    return Notification.objects.create(
        recipient=user,
        kind="meeting_request",
        delivery=Delivery.IN_APP,
        title=title,
        body=f"{title} body",
        url=url,
        read_at=timezone.now() if read else None,
    )


def test_the_urls_are_the_documented_ones():
    assert reverse("web:notifications") == LIST
    assert reverse("web:notifications_read") == READ
    assert reverse("web:notification_preferences") == PREFERENCES


def test_the_header_shows_the_unread_count(client):
    user = UserFactory()
    make(user, "one"), make(user, "two"), make(user, "old", read=True)
    make(UserFactory(), "someone else's")
    page = login(client, user).get("/").content.decode()
    assert 'class="notifications-link"' in page
    assert 'aria-label="2 unread notifications">2</span>' in page


def test_no_count_without_unread_and_no_link_for_visitors(client):
    user = UserFactory()
    make(user, "old", read=True)
    assert "unread-count" not in login(client, user).get("/").content.decode()
    client.logout()
    assert "notifications-link" not in client.get("/").content.decode()


def test_the_list_shows_my_notifications_newest_first_in_my_language(client):
    user = UserFactory(language="zh-hans")
    make(user, "older"), make(user, "newer")
    make(UserFactory(), "foreign")
    page = login(client, user).get(LIST).content.decode()
    assert page.index("newer") < page.index("older")
    assert "foreign" not in page
    assert "会谈邀请" in page  # the kind, in the reader's language
    assert "全部标为已读" in page


def test_the_list_needs_a_login(client):
    response = client.get(LIST)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_mark_one_read_and_open_its_link(client):
    user = UserFactory()
    first = make(user, "first", url="/events/")
    second = make(user, "second")
    response = login(client, user).post(READ, {"ids": [first.pk], "next": "/events/"})
    assert response.status_code == 302 and response["Location"] == "/events/"
    first.refresh_from_db(), second.refresh_from_db()
    assert first.read_at is not None and second.read_at is None


def test_mark_all_read_and_an_outside_link_is_not_followed(client):
    user = UserFactory()
    make(user, "a"), make(user, "b")
    foreign = make(UserFactory(), "foreign")
    response = login(client, user).post(READ, {"all": "on", "next": "https://evil.example/"})
    assert response["Location"] == LIST
    assert Notification.objects.filter(recipient=user, read_at__isnull=True).count() == 0
    foreign.refresh_from_db()
    assert foreign.read_at is None


def test_someone_elses_notification_stays_unread(client):
    foreign = make(UserFactory(), "foreign")
    login(client, UserFactory()).post(READ, {"ids": [foreign.pk]})
    foreign.refresh_from_db()
    assert foreign.read_at is None


@pytest.mark.parametrize("data", [{}, {"ids": ["x"]}, {"ids": ["-3"]}])
def test_bad_mark_read_input_is_a_message_not_an_error(client, data):
    user = UserFactory()
    unread = make(user, "a")
    response = login(client, user).post(READ, data, follow=True)
    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == LIST
    assert list(response.context["messages"])
    unread.refresh_from_db()
    assert unread.read_at is None


def test_mark_read_is_post_only(client):
    assert login(client, UserFactory()).get(READ).status_code == 405


def test_preferences_page_saves_one_choice_per_kind(client):
    user = UserFactory()
    login(client, user)
    page = client.get(PREFERENCES)
    assert page.status_code == 200
    form = page.context["form"]
    data = {name: field.initial for name, field in form.fields.items()}
    data.update(message="daily", recommendation="off")
    response = client.post(PREFERENCES, data)
    assert response.status_code == 302
    saved = dict(NotificationPreference.objects.filter(user=user).values_list("kind", "delivery"))
    assert saved["message"] == "daily" and saved["recommendation"] == "off"
    assert saved["meeting_request"] == "email"


def test_an_unknown_delivery_is_refused_and_nothing_is_saved(client):
    user = UserFactory(language="en")
    response = login(client, user).post(PREFERENCES, {"message": "hourly"})
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert NotificationPreference.objects.count() == 0
