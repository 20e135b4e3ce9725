"""The one notification path: in-app record, language, preference, queued e-mail, attachments."""

from __future__ import annotations

import pytest
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction

from duijie.common.models import Delivery, Notification, NotificationKind, NotificationPreference
from duijie.common.notify import email_user, email_users, notify, queue_email
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

TEMPLATES = {
    "subject_template": "matching/email/interest_withdrawn_subject.txt",
    "body_template": "matching/email/interest_withdrawn.txt",
    "context": {
        "interest": {"from_organisation": {"name": "Lion City Robotics"}},
        "listing": {"title": "Cold-chain sensors"},
    },
}


def test_notify_stores_the_notification_and_emails_it_in_the_recipients_language():
    reader = UserFactory(language="zh-hans", full_name="王芳")
    actor = UserFactory()
    ics = b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"

    notification = notify(
        reader,
        NotificationKind.INTEREST_ANSWERED,
        url="/matching/interests/7/",
        attachments=[("agenda.ics", ics, "text/calendar")],
        actor=actor,
        **TEMPLATES,
    )

    stored = Notification.objects.get()
    assert stored == notification
    assert (stored.recipient, stored.kind, stored.actor) == (reader, "interest_answered", actor)
    assert stored.title == "一项对接意向已撤回"
    assert "Lion City Robotics" in stored.body and "Cold-chain sensors" in stored.body
    assert (stored.url, stored.read_at, stored.delivery) == (
        "/matching/interests/7/",
        None,
        "email",
    )
    assert stored.emailed_at is not None
    [message] = mail.outbox
    assert message.to == [reader.email]
    assert message.subject == "一项对接意向已撤回"
    assert message.body == stored.body
    # Django decodes text/* attachments to str.
    assert [tuple(a) for a in message.attachments] == [
        ("agenda.ics", ics.decode(), "text/calendar")
    ]


def test_an_english_reader_gets_english():
    reader = UserFactory(language="en")
    notify(reader, NotificationKind.INTEREST_ANSWERED, **TEMPLATES)
    assert mail.outbox[0].subject == "An expression of interest was withdrawn"
    assert Notification.objects.get().title == "An expression of interest was withdrawn"


@pytest.mark.parametrize(
    ("delivery", "stored", "emails"),
    [
        (Delivery.IN_APP, 1, 0),
        (Delivery.DAILY, 1, 0),
        (Delivery.WEEKLY, 1, 0),
        (Delivery.OFF, 0, 0),
        (Delivery.EMAIL, 1, 1),
    ],
)
def test_the_recipients_preference_decides_what_is_kept_and_sent(delivery, stored, emails):
    reader = UserFactory()
    NotificationPreference.objects.create(user=reader, kind="message", delivery=delivery)
    result = notify(reader, NotificationKind.MESSAGE, **TEMPLATES)
    assert Notification.objects.count() == stored
    assert len(mail.outbox) == emails
    assert (result is None) == (delivery == Delivery.OFF)


def test_a_preference_for_one_kind_leaves_the_others_at_email():
    reader = UserFactory()
    NotificationPreference.objects.create(user=reader, kind="message", delivery=Delivery.OFF)
    notify(reader, NotificationKind.MEETING_REQUEST, **TEMPLATES)
    assert Notification.objects.get().delivery == Delivery.EMAIL and len(mail.outbox) == 1


def test_inactive_users_are_not_notified_and_users_without_address_only_in_app():
    assert notify(UserFactory(is_active=False), NotificationKind.MESSAGE, **TEMPLATES) is None
    no_address = UserFactory(email="")
    assert notify(no_address, NotificationKind.MESSAGE, **TEMPLATES).recipient == no_address
    assert mail.outbox == [] and Notification.objects.count() == 1


def test_a_rolled_back_change_leaves_no_notification():
    reader = UserFactory()
    with pytest.raises(RuntimeError), transaction.atomic():
        notify(reader, NotificationKind.MESSAGE, **TEMPLATES)
        raise RuntimeError("the change failed")
    assert Notification.objects.count() == 0


def test_email_user_and_email_users_go_through_notify():
    readers = [UserFactory(language="zh-hans"), UserFactory(language="en")]
    assert email_user(readers[0], kind=NotificationKind.RECOMMENDATION, **TEMPLATES) == 1
    assert email_users(readers, **TEMPLATES) == 2
    assert [m.subject for m in mail.outbox] == [
        "一项对接意向已撤回",
        "一项对接意向已撤回",
        "An expression of interest was withdrawn",
    ]
    assert list(Notification.objects.order_by("id").values_list("kind", flat=True)) == [
        "recommendation",
        "other",
        "other",
    ]


class FailingBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        raise OSError("the mail server is down")


def test_a_failing_mail_server_leaves_the_notification_and_does_not_break_the_caller(settings):
    settings.EMAIL_BACKEND = "tests.common.test_notify.FailingBackend"
    notification = notify(UserFactory(), NotificationKind.MESSAGE, **TEMPLATES)
    notification.refresh_from_db()
    assert notification.emailed_at is None and notification.title


def test_an_unknown_kind_is_refused_before_anything_is_stored():
    with pytest.raises(ValueError):
        notify(UserFactory(), "telepathy", **TEMPLATES)
    assert Notification.objects.count() == 0 and mail.outbox == []


def test_queue_email_sends_account_mail_without_an_in_app_record():
    queue_email("tan@company.example", "Reset your password", "https://x/reset/abc/")
    [message] = mail.outbox
    assert (message.to, message.subject, message.body) == (
        ["tan@company.example"],
        "Reset your password",
        "https://x/reset/abc/",
    )
    assert Notification.objects.count() == 0
