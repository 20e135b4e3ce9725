"""Notification rules: who wants what delivered how, reading, e-mail delivery and digests."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from itertools import groupby

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import QuerySet
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from duijie.common.errors import DomainError, PermissionDenied
from duijie.common.i18n import normalise_language
from duijie.common.models.notifications import (
    DEFAULT_DELIVERY,
    Delivery,
    Notification,
    NotificationKind,
    NotificationPreference,
)
from duijie.common.text import single_line

logger = logging.getLogger(__name__)

DIGEST_TEMPLATES = "common/email/digest"


class NotificationNotCommitted(Exception):
    """The notification's row is not visible yet: the transaction that made it has not committed."""


def delivery_for(user, kind: str) -> str:
    """How `user` wants notifications of `kind` delivered."""
    chosen = (
        NotificationPreference.objects.filter(user=user, kind=kind)
        .values_list("delivery", flat=True)
        .first()
    )
    return chosen or DEFAULT_DELIVERY


def preferences_of(user) -> dict[str, str]:
    """Every kind with the user's delivery for it (the default where they chose nothing)."""
    chosen = dict(NotificationPreference.objects.filter(user=user).values_list("kind", "delivery"))
    return {kind: chosen.get(kind, DEFAULT_DELIVERY) for kind in NotificationKind.values}


def set_preferences(user, choices: dict[str, str], *, actor) -> None:
    """Store the user's delivery per kind; only the user themselves may change them."""
    if actor.pk != user.pk:
        raise PermissionDenied()
    if not set(choices) <= set(NotificationKind.values) or not set(choices.values()) <= set(
        Delivery.values
    ):
        raise DomainError(_("Unknown notification kind or delivery."), code="invalid")
    with transaction.atomic():
        for kind, delivery in choices.items():
            NotificationPreference.objects.update_or_create(
                user=user, kind=kind, defaults={"delivery": delivery}
            )


def notifications_of(user) -> QuerySet[Notification]:
    """The user's notifications, newest first."""
    return Notification.objects.filter(recipient=user).order_by("-created_at", "-id")


def unread_count(user) -> int:
    """How many of the user's notifications are unread."""
    return Notification.objects.filter(recipient=user, read_at__isnull=True).count()


def mark_read(user, *, ids: Iterable[int] | None = None) -> int:
    """Mark the user's notifications read (those in `ids`, or all when None); how many changed."""
    unread = Notification.objects.filter(recipient=user, read_at__isnull=True)
    if ids is not None:
        unread = unread.filter(pk__in=list(ids))
    return unread.update(read_at=timezone.now())


def deliver_email(notification_id: int, attachments: Sequence[tuple] = ()) -> bool:
    """Send a notification's e-mail once; True when it was sent now."""
    notification = (
        Notification.objects.select_related("recipient").filter(pk=notification_id).first()
    )
    if notification is None:
        # A worker can run before the caller commits; the task retries. A rolled-back one never
        # appears, so nothing is sent for a change that did not happen.
        raise NotificationNotCommitted(notification_id)
    if notification.emailed_at is not None:
        return False
    message = EmailMessage(
        notification.title,
        notification.body,
        settings.DEFAULT_FROM_EMAIL,
        [notification.recipient.email],
    )
    for filename, content, mimetype in attachments:
        message.attach(filename, content, mimetype)
    message.send()
    Notification.objects.filter(pk=notification.pk).update(emailed_at=timezone.now())
    return True


def send_plain_email(to: str, subject: str, body: str) -> None:
    """One e-mail with no in-app record, for mail about the account itself (reset links)."""
    EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [to]).send()


def send_digests(delivery: Delivery) -> int:
    """One e-mail per user gathering their `delivery` notifications not yet read or e-mailed."""
    # What the user already read in the app is not news to them any more.
    pending = (
        Notification.objects.filter(
            delivery=delivery,
            emailed_at__isnull=True,
            read_at__isnull=True,
            recipient__is_active=True,
        )
        .exclude(recipient__email="")
        .select_related("recipient")
        .order_by("recipient_id", "created_at", "id")
    )
    sent = 0
    for _user_id, rows in groupby(pending, key=lambda n: n.recipient_id):
        items = list(rows)
        try:
            _send_digest(items[0].recipient, delivery, items)
        except Exception:  # one bad address must not stop everyone else's digest
            logger.exception("digest for user %s failed", items[0].recipient_id)
            continue
        Notification.objects.filter(pk__in=[n.pk for n in items]).update(emailed_at=timezone.now())
        sent += 1
    return sent


def _send_digest(user, delivery: Delivery, items: list[Notification]) -> None:
    with translation.override(normalise_language(user.language)):
        context = {
            "user": user,
            "items": items,
            "weekly": delivery == Delivery.WEEKLY,
            "site_url": settings.SITE_URL.rstrip("/"),
        }
        subject = render_to_string(f"{DIGEST_TEMPLATES}_subject.txt", context).strip()
        body = render_to_string(f"{DIGEST_TEMPLATES}_body.txt", context)
    EmailMessage(single_line(subject), body, settings.DEFAULT_FROM_EMAIL, [user.email]).send()
