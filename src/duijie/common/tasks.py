"""Background work of the common area (huey): notification e-mails and digests."""

from __future__ import annotations

from huey import crontab
from huey.contrib.djhuey import db_periodic_task, db_task

from duijie.common.models.notifications import Delivery
from duijie.common.notifications import deliver_email, send_digests, send_plain_email


@db_task(retries=5, retry_delay=60)
def send_notification_email_task(notification_id: int, attachments: list) -> None:
    """Send one notification's e-mail; retried when SMTP fails or the row is not committed yet."""
    deliver_email(notification_id, attachments)


@db_task(retries=5, retry_delay=60)
def send_plain_email_task(to: str, subject: str, body: str) -> None:
    """Send an e-mail that is not a notification (e.g. a password reset link); retried."""
    send_plain_email(to, subject, body)


@db_periodic_task(crontab(hour="7", minute="0"))
def send_daily_digests_task() -> None:
    """Every morning, one e-mail per user with their daily-digest notifications."""
    send_digests(Delivery.DAILY)


@db_periodic_task(crontab(day_of_week="1", hour="7", minute="30"))
def send_weekly_digests_task() -> None:
    """Every Monday morning, one e-mail per user with their weekly-digest notifications."""
    send_digests(Delivery.WEEKLY)
