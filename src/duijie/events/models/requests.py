"""Meeting requests between participants of an event."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from duijie.common.models.base import ContentLocale, TimeStampedModel


class RequestStatus(models.TextChoices):
    PENDING = "pending", _("Awaiting reply")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")
    EXPIRED = "expired", _("Expired")
    WITHDRAWN = "withdrawn", _("Withdrawn")


OPEN_STATUSES = (RequestStatus.PENDING, RequestStatus.ACCEPTED)


class MeetingRequest(TimeStampedModel):
    """`sender` asks to meet `receiver`; accepted requests are what the scheduler places."""

    event = models.ForeignKey(
        "events.Event", on_delete=models.CASCADE, related_name="meeting_requests"
    )
    sender = models.ForeignKey(
        "events.Participant", on_delete=models.CASCADE, related_name="sent_requests"
    )
    receiver = models.ForeignKey(
        "events.Participant", on_delete=models.CASCADE, related_name="received_requests"
    )
    note = models.TextField(_("note"), blank=True, max_length=1000)
    content_locale = models.CharField(
        _("written in"), max_length=8, choices=ContentLocale.choices, default="zh-hans"
    )
    status = models.CharField(
        _("status"), max_length=10, choices=RequestStatus.choices, default="pending"
    )
    decline_reason = models.TextField(_("reason"), blank=True, max_length=1000)
    expires_at = models.DateTimeField(_("expires"), null=True, blank=True)
    responded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("meeting request")
        verbose_name_plural = _("meeting requests")
        constraints = [
            models.UniqueConstraint(fields=["sender", "receiver"], name="one_request_per_pair"),
            models.CheckConstraint(
                condition=~models.Q(sender=models.F("receiver")), name="request_not_to_self"
            ),
        ]
        indexes = [models.Index(fields=["event", "status"])]

    def __str__(self) -> str:
        return f"{self.sender} → {self.receiver}"

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES
