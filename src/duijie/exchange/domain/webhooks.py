"""Signed webhook deliveries: queued with the change, sent by a task, retried with back-off."""

from __future__ import annotations

import datetime
import json
import secrets
import time
import urllib.error
import urllib.request

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from duijie.common.permissions import require
from duijie.exchange.core import signing
from duijie.exchange.models import DeliveryStatus, WebhookDelivery, WebhookEndpoint
from duijie.exchange.signals import webhooks_queued

TIMEOUT_SECONDS = 10


def new_secret() -> str:
    return secrets.token_hex(32)


def queue_event(event: str, payload: dict) -> list[int]:
    """Queue `event` for every active endpoint subscribed to it; sent after commit."""
    endpoints = [e for e in WebhookEndpoint.objects.filter(is_active=True) if event in e.events]
    deliveries = WebhookDelivery.objects.bulk_create(
        WebhookDelivery(
            endpoint=endpoint, event=event, payload=payload, next_attempt_at=timezone.now()
        )
        for endpoint in endpoints
    )
    ids = [delivery.pk for delivery in deliveries]
    if ids:
        transaction.on_commit(lambda: webhooks_queued.send(sender=WebhookDelivery, ids=ids))
    return ids


def _post(url: str, body: bytes, headers: dict) -> int:
    """POST and return the status code; raises OSError for network failures."""
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:  # noqa: S310
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def _allowed(url: str) -> bool:
    return url.startswith("https://") or getattr(settings, "EXCHANGE_WEBHOOK_ALLOW_HTTP", False)


def attempt_delivery(delivery_id: int) -> int | None:
    """Try once; returns the seconds until the next try, or None when done or given up."""
    with transaction.atomic():
        delivery = (
            WebhookDelivery.objects.select_for_update()
            .select_related("endpoint")
            .get(pk=delivery_id)
        )
        not_yet = delivery.next_attempt_at and delivery.next_attempt_at > timezone.now()
        if delivery.status != DeliveryStatus.PENDING or not_yet:
            return None
        body = json.dumps(
            {"id": delivery.pk, "event": delivery.event, "data": delivery.payload},
            ensure_ascii=False,
        ).encode()
        now = int(time.time())
        headers = {
            "Content-Type": "application/json",
            signing.TIMESTAMP_HEADER: str(now),
            signing.SIGNATURE_HEADER: signing.sign(delivery.endpoint.secret, now, body),
            signing.EVENT_HEADER: delivery.event,
        }
        delivery.attempts += 1
        code, error = None, ""
        if not _allowed(delivery.endpoint.url):
            error = "only https:// addresses receive webhooks"
        else:
            try:
                code = _post(delivery.endpoint.url, body, headers)
            except (OSError, ValueError) as problem:
                error = str(problem)[:300]
        return _record(delivery, code, error)


def _record(delivery: WebhookDelivery, code: int | None, error: str) -> int | None:
    delivery.last_status_code, delivery.last_error = code, error
    delay = None
    if code is not None and 200 <= code < 300:
        delivery.status, delivery.delivered_at = DeliveryStatus.DELIVERED, timezone.now()
    else:
        delay = signing.retry_delay(delivery.attempts)
        if delay is None:
            delivery.status = DeliveryStatus.FAILED
        else:
            delivery.next_attempt_at = timezone.now() + datetime.timedelta(seconds=delay)
    delivery.save()
    return delay


def replay_delivery(delivery: WebhookDelivery, *, actor) -> WebhookDelivery:
    """Staff send a delivery again (a new delivery with the same event and payload)."""
    require(actor, "exchange.replay_webhook", delivery)
    with transaction.atomic():
        copy = WebhookDelivery.objects.create(
            endpoint=delivery.endpoint,
            event=delivery.event,
            payload=delivery.payload,
            next_attempt_at=timezone.now(),
        )
        transaction.on_commit(lambda: webhooks_queued.send(sender=WebhookDelivery, ids=[copy.pk]))
    return copy


def due_deliveries() -> list[int]:
    """Pending deliveries whose next try is due (the periodic task's sweep)."""
    pending = WebhookDelivery.objects.filter(
        status=DeliveryStatus.PENDING, next_attempt_at__lte=timezone.now()
    )
    return list(pending.values_list("pk", flat=True)[:500])
