"""The common area's huey tasks: the notification e-mail and the periodic digests."""

from __future__ import annotations

import pytest
from django.core import mail

from duijie.common.models import Delivery, Notification
from duijie.common.tasks import (
    send_daily_digests_task,
    send_notification_email_task,
    send_weekly_digests_task,
)
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def make(user, delivery):
    return Notification.objects.create(
        recipient=user, kind="message", delivery=delivery, title=f"{delivery} news"
    )


def test_the_email_task_sends_with_its_attachments():
    notification = make(UserFactory(), Delivery.EMAIL)
    send_notification_email_task.call_local(notification.pk, [("a.txt", "hello", "text/plain")])
    [message] = mail.outbox
    assert message.subject == "email news"
    assert [tuple(a) for a in message.attachments] == [("a.txt", "hello", "text/plain")]


def test_the_periodic_digest_tasks_send_their_own_delivery_only():
    user = UserFactory(language="en")
    make(user, Delivery.DAILY), make(user, Delivery.WEEKLY)
    send_daily_digests_task.call_local()
    assert [m.subject for m in mail.outbox] == ["Duijie daily digest: 1 notification"]
    send_weekly_digests_task.call_local()
    assert mail.outbox[-1].subject == "Duijie weekly digest: 1 notification"
    assert "weekly news" in mail.outbox[-1].body and "daily news" not in mail.outbox[-1].body
