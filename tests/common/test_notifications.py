"""Notification rules: preferences, reading, e-mail delivery once, digests per user and language."""

from __future__ import annotations

import pytest
from django.core import mail

from duijie.common import notifications as rules
from duijie.common.errors import DomainError, PermissionDenied
from duijie.common.models import Delivery, Notification, NotificationKind, NotificationPreference
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def make(user, *, kind="message", delivery=Delivery.IN_APP, title="Hello", url=""):
    return Notification.objects.create(
        recipient=user, kind=kind, delivery=delivery, title=title, url=url
    )


def test_preferences_default_to_email_and_store_what_the_user_chose():
    user = UserFactory()
    assert set(rules.preferences_of(user).values()) == {Delivery.EMAIL}
    rules.set_preferences(user, {"message": "daily", "recommendation": "off"}, actor=user)
    rules.set_preferences(user, {"message": "weekly"}, actor=user)
    chosen = rules.preferences_of(user)
    assert (chosen["message"], chosen["recommendation"], chosen["meeting_request"]) == (
        "weekly",
        "off",
        "email",
    )
    assert NotificationPreference.objects.filter(user=user).count() == 2


def test_preferences_refuse_other_users_and_unknown_values_and_keep_nothing():
    user, other = UserFactory(), UserFactory()
    with pytest.raises(PermissionDenied):
        rules.set_preferences(user, {"message": "off"}, actor=other)
    with pytest.raises(DomainError):
        rules.set_preferences(user, {"message": "off", "telepathy": "off"}, actor=user)
    with pytest.raises(DomainError):
        rules.set_preferences(user, {"message": "hourly"}, actor=user)
    assert NotificationPreference.objects.count() == 0


def test_mark_read_touches_only_the_users_own_unread_notifications():
    user, other = UserFactory(), UserFactory()
    first, second, third = make(user), make(user), make(user)
    foreign = make(other)
    assert rules.unread_count(user) == 3
    assert rules.mark_read(user, ids=[first.pk, foreign.pk]) == 1
    assert rules.unread_count(user) == 2 and rules.unread_count(other) == 1
    assert rules.mark_read(user) == 2
    assert rules.mark_read(user) == 0
    assert rules.unread_count(user) == 0
    assert {second.pk, third.pk} <= set(
        Notification.objects.filter(read_at__isnull=False).values_list("pk", flat=True)
    )


def test_notifications_of_lists_newest_first():
    user = UserFactory()
    older, newer = make(user, title="older"), make(user, title="newer")
    assert list(rules.notifications_of(user)) == [newer, older]


def test_deliver_email_sends_once_and_waits_for_an_uncommitted_row():
    user = UserFactory()
    notification = make(user, delivery=Delivery.EMAIL)
    assert rules.deliver_email(notification.pk) is True
    assert rules.deliver_email(notification.pk) is False
    assert len(mail.outbox) == 1
    with pytest.raises(rules.NotificationNotCommitted):
        rules.deliver_email(notification.pk + 1000)


def test_digests_send_one_email_per_user_in_their_language_and_only_once():
    chinese, english = UserFactory(language="zh-hans"), UserFactory(language="en")
    for title in ("first", "second"):
        make(chinese, delivery=Delivery.DAILY, title=title, url="/me/notifications/")
    make(english, delivery=Delivery.DAILY, title="third")
    make(english, delivery=Delivery.WEEKLY, title="weekly only")
    make(english, delivery=Delivery.IN_APP, title="never mailed")
    seen = make(english, delivery=Delivery.DAILY, title="already read")
    rules.mark_read(english, ids=[seen.pk])

    assert rules.send_digests(Delivery.DAILY) == 2
    by_address = {message.to[0]: message for message in mail.outbox}
    zh, en = by_address[chinese.email], by_address[english.email]
    assert zh.subject == "对接平台每日摘要：2 条通知"
    assert "first" in zh.body and "second" in zh.body and "/me/notifications/" in zh.body
    assert en.subject == "Duijie daily digest: 1 notification"
    assert "third" in en.body and "weekly only" not in en.body and "already read" not in en.body
    assert rules.send_digests(Delivery.DAILY) == 0

    assert rules.send_digests(Delivery.WEEKLY) == 1
    assert mail.outbox[-1].subject == "Duijie weekly digest: 1 notification"
    assert Notification.objects.filter(title="never mailed", emailed_at__isnull=True).exists()


def test_every_kind_has_a_label():
    assert len(NotificationKind.values) == len({k.label for k in NotificationKind})
