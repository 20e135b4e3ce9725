"""The one way to tell a user something: an in-app notification and, as they prefer, an e-mail.

Everything is rendered in the recipient's language. E-mails go through the task queue (inline in
the embedded default, on `duijie run_huey` workers in production), never by SMTP in the caller.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

from duijie.common.i18n import normalise_language
from duijie.common.models.notifications import Delivery, Notification, NotificationKind
from duijie.common.notifications import delivery_for
from duijie.common.tasks import send_notification_email_task, send_plain_email_task
from duijie.common.text import single_line

Attachment = tuple[str, bytes | str, str]

TITLE_LENGTH = Notification._meta.get_field("title").max_length


def notify(
    recipient,
    kind: NotificationKind | str,
    *,
    subject_template: str,
    body_template: str,
    context: dict[str, Any],
    url: str = "",
    attachments: Sequence[Attachment] = (),
    actor=None,
) -> Notification | None:
    """Tell `recipient` about `kind`: keep the in-app record, queue the e-mail as they prefer.

    - `subject_template` / `body_template`: plain-text templates rendered with `context` (plus
      `user` and `site_url`) in the recipient's language; the subject's first line is the title.
    - `url`: where the notification leads (a site path such as "/listings/3/", or a full URL).
    - `attachments`: (filename, content, mimetype) triples added to the e-mail (not to digests).
    - `actor`: the user whose action caused it, if any.

    Returns the notification, or None when the recipient is inactive or turned this kind off.
    Call it inside the transaction that made the change, as its last step: a queue worker sends
    only once that commits (a rolled-back notification is never sent), but the inline queue of
    the embedded default sends at once, so a caller that may still fail afterwards calls it from
    `transaction.on_commit`.
    """
    kind = NotificationKind(kind)  # an unknown kind is a programming error: fail loudly
    if not recipient.is_active:
        return None
    delivery = delivery_for(recipient, kind)
    if delivery == Delivery.OFF:
        return None
    title, body = render_message(recipient, subject_template, body_template, context)
    notification = Notification.objects.create(
        recipient=recipient,
        kind=kind,
        delivery=delivery,
        title=title[:TITLE_LENGTH],
        body=body,
        url=url,
        actor=actor if getattr(actor, "is_authenticated", False) else None,
    )
    if delivery == Delivery.EMAIL and recipient.email:
        send_notification_email_task(notification.pk, [tuple(a) for a in attachments])
    return notification


def render_message(user, subject_template: str, body_template: str, context: dict) -> tuple:
    """(subject, body) rendered in `user.language`; the subject is one line."""
    with translation.override(normalise_language(user.language)):
        full_context = {"user": user, "site_url": settings.SITE_URL, **context}
        subject = single_line(render_to_string(subject_template, full_context))
        body = render_to_string(body_template, full_context)
    return subject, body


def queue_email(to: str, subject: str, body: str) -> None:
    """Queue an e-mail that must not appear in the app (a password reset link): no record kept."""
    send_plain_email_task(to, subject, body)


def email_user(
    user,
    *,
    subject_template: str,
    body_template: str,
    context: dict,
    kind: NotificationKind | str = NotificationKind.OTHER,
    url: str = "",
) -> int:
    """Notify one user through `notify`; 1 when an e-mail was queued for them, else 0."""
    notification = notify(
        user,
        kind,
        subject_template=subject_template,
        body_template=body_template,
        context=context,
        url=url,
    )
    emailed = notification is not None and notification.delivery == Delivery.EMAIL
    return int(emailed and bool(user.email))


def email_users(users: Iterable, **kwargs) -> int:
    """Send the same message to several users, each in their own language."""
    return sum(email_user(user, **kwargs) for user in users)
