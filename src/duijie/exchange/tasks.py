"""Background work of the exchange (huey): sending webhook deliveries, retried with back-off."""

from django.dispatch import receiver
from huey import crontab
from huey.contrib.djhuey import db_periodic_task, db_task

from duijie.exchange.domain.webhooks import attempt_delivery, due_deliveries
from duijie.exchange.models import WebhookDelivery
from duijie.exchange.signals import webhooks_queued


@db_task()
def deliver_webhook(delivery_id: int) -> None:
    delay = attempt_delivery(delivery_id)
    if delay is not None:
        deliver_webhook.schedule((delivery_id,), delay=delay)


@receiver(webhooks_queued, sender=WebhookDelivery)
def _send_queued(sender, *, ids, **kwargs) -> None:
    for delivery_id in ids:
        deliver_webhook(delivery_id)


# A sweep for deliveries whose scheduled retry was lost (e.g. the queue restarted).
@db_periodic_task(crontab(minute="*/10"))
def deliver_due_webhooks() -> None:
    for delivery_id in due_deliveries():
        deliver_webhook(delivery_id)
