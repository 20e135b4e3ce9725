"""API of the notification centre: GET /api/me/notifications, POST /api/me/notifications/read."""

from __future__ import annotations

import json

import pytest
from django.test import Client
from django.utils import timezone

from duijie.common.models import Delivery, Notification
from tests.conftest import login
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

API = "/api/me/notifications"


def make(user, title, *, read=False, kind="message"):
    return Notification.objects.create(
        recipient=user,
        kind=kind,
        delivery=Delivery.IN_APP,
        title=title,
        url="/x/",
        read_at=timezone.now() if read else None,
    )


def post(client, body):
    return client.post(f"{API}/read", json.dumps(body), content_type="application/json")


def test_list_is_newest_first_with_the_unread_count(client):
    user = UserFactory(language="zh-hans")
    old = make(user, "old", read=True)
    new = make(user, "new", kind="meeting_request")
    make(UserFactory(), "foreign")
    body = login(client, user).get(API).json()
    assert (body["count"], body["unread"]) == (2, 1)
    assert [item["id"] for item in body["items"]] == [new.pk, old.pk]
    first = body["items"][0]
    assert (first["kind"], first["kind_label"], first["title"], first["url"]) == (
        "meeting_request",
        "会谈邀请",
        "new",
        "/x/",
    )
    assert first["read_at"] is None and body["items"][1]["read_at"] is not None


def test_list_only_unread(client):
    user = UserFactory()
    make(user, "old", read=True)
    new = make(user, "new")
    body = login(client, user).get(API, {"unread": "true"}).json()
    assert (body["count"], body["unread"], [i["id"] for i in body["items"]]) == (1, 1, [new.pk])


def test_list_pages(client):
    user = UserFactory()
    made = [make(user, f"n{i}") for i in range(3)]
    body = login(client, user).get(API, {"page": 2, "page_size": 2}).json()
    assert body["count"] == 3 and [item["id"] for item in body["items"]] == [made[0].pk]
    assert client.get(API, {"page_size": 101}).status_code == 422


def test_visitors_get_401(client):
    assert client.get(API).status_code == 401
    assert post(client, {"all": True}).status_code == 401


def test_mark_some_read(client):
    user = UserFactory()
    first, second = make(user, "a"), make(user, "b")
    foreign = make(UserFactory(), "foreign")
    response = post(login(client, user), {"ids": [first.pk, foreign.pk]})
    assert response.status_code == 200 and response.json() == {"marked": 1, "unread": 1}
    foreign.refresh_from_db(), second.refresh_from_db()
    assert foreign.read_at is None and second.read_at is None


def test_mark_all_read(client):
    user = UserFactory()
    make(user, "a"), make(user, "b")
    assert post(login(client, user), {"all": True}).json() == {"marked": 2, "unread": 0}


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, None),
        ({"ids": "1"}, "ids"),
        ({"ids": [1, "x"]}, "ids"),
        ({"ids": [True]}, "ids"),
        ({"colour": "red"}, "colour"),
    ],
)
def test_bad_bodies_are_422_in_the_callers_language(client, body, field):
    user = UserFactory(language="zh-hans")
    unread = make(user, "a")
    response = post(login(client, user), body)
    assert response.status_code == 422
    errors = response.json()["detail"]
    assert (["body", field] if field else ["body"]) in [error["loc"] for error in errors]
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in error["msg"]) for error in errors)
    unread.refresh_from_db()
    assert unread.read_at is None


def test_marking_read_needs_the_csrf_token():
    user = UserFactory()
    make(user, "a")
    client = login(Client(enforce_csrf_checks=True), user)
    assert post(client, {"all": True}).status_code == 403
    assert Notification.objects.filter(read_at__isnull=True).count() == 1
