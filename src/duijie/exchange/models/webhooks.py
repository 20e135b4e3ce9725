from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class WebhookEvent(models.TextChoices):
    LISTING_PUBLISHED = "listing.published", _("Listing published")
    LISTING_WITHDRAWN = "listing.withdrawn", _("Listing withdrawn")


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", pgettext_lazy("webhook", "Pending")
    DELIVERED = "delivered", pgettext_lazy("webhook", "Delivered")
    FAILED = "failed", pgettext_lazy("webhook", "Failed")


class WebhookEndpoint(models.Model):
    """A partner's HTTPS address that receives the events it subscribed to, signed."""

    partner = models.ForeignKey(
        "exchange.PartnerPlatform",
        on_delete=models.CASCADE,
        related_name="webhooks",
        verbose_name=_("partner platform"),
    )
    url = models.URLField(_("address"), max_length=500)
    events = models.JSONField(_("events"), default=list)
    # Kept in clear: signing needs it. Staff share it with the partner once.
    secret = models.CharField(max_length=64)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("webhook")
        verbose_name_plural = _("webhooks")

    def __str__(self) -> str:
        return self.url


class WebhookDelivery(models.Model):
    """One event sent (or to be sent) to one endpoint, with the outcome of each try."""

    endpoint = models.ForeignKey(
        WebhookEndpoint, on_delete=models.CASCADE, related_name="deliveries"
    )
    event = models.CharField(max_length=40, choices=WebhookEvent.choices)
    payload = models.JSONField(default=dict)
    status = models.CharField(
        max_length=10, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    last_status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    last_error = models.CharField(max_length=300, blank=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    delivered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-id"]
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")
        indexes = [models.Index(fields=["status", "next_attempt_at"])]

    def __str__(self) -> str:
        return f"{self.event} → {self.endpoint_id} ({self.status})"
