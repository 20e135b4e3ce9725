from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class NotificationKind(models.TextChoices):
    """What happened; each kind has its own per-user delivery preference."""

    INTEREST_RECEIVED = "interest_received", pgettext_lazy("notification kind", "Interest received")
    INTEREST_ANSWERED = "interest_answered", pgettext_lazy("notification kind", "Interest answered")
    MESSAGE = "message", pgettext_lazy("notification kind", "New message")
    MEETING_REQUEST = "meeting_request", pgettext_lazy("notification kind", "Meeting request")
    MEETING_ACCEPTED = (
        "meeting_accepted",
        pgettext_lazy("notification kind", "Meeting request answered"),
    )
    MEETING_SCHEDULED = "meeting_scheduled", pgettext_lazy("notification kind", "Meeting scheduled")
    RECOMMENDATION = "recommendation", pgettext_lazy("notification kind", "Broker recommendation")
    NEW_MATCHES = "new_matches", pgettext_lazy("notification kind", "New matches")
    REQUEST_RECEIVED = (
        "request_received",
        pgettext_lazy("notification kind", "Consulting request received"),
    )
    REQUEST_ANSWERED = (
        "request_answered",
        pgettext_lazy("notification kind", "Consulting request answered"),
    )
    DEADLINE_NEAR = "deadline_near", pgettext_lazy("notification kind", "Deadline near")
    TRANSLATION_ADDED = "translation_added", pgettext_lazy("notification kind", "Translation added")
    REGISTRATION = "registration", pgettext_lazy("notification kind", "Event registration")
    EVENT_REMINDER = "event_reminder", pgettext_lazy("notification kind", "Event reminder")
    WORK_ITEM = "work_item", pgettext_lazy("notification kind", "Task-force work item")
    OTHER = "other", pgettext_lazy("notification kind", "Other")


class Delivery(models.TextChoices):
    """How a user wants one kind of notification delivered."""

    IN_APP = "in_app", pgettext_lazy("notification delivery", "In the app only")
    EMAIL = "email", pgettext_lazy("notification delivery", "E-mail at once")
    DAILY = "daily", pgettext_lazy("notification delivery", "Daily digest")
    WEEKLY = "weekly", pgettext_lazy("notification delivery", "Weekly digest")
    OFF = "off", pgettext_lazy("notification delivery", "Off")


DEFAULT_DELIVERY = Delivery.EMAIL


class Notification(models.Model):
    """One thing a user is told about, in their language; e-mailed as their preference says."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(_("kind"), max_length=32, choices=NotificationKind.choices)
    delivery = models.CharField(_("delivery"), max_length=8, choices=Delivery.choices)
    title = models.CharField(_("title"), max_length=300)
    body = models.TextField(_("text"), blank=True)
    url = models.CharField(_("link"), max_length=500, blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True, db_index=True)
    read_at = models.DateTimeField(_("read"), null=True, blank=True)
    emailed_at = models.DateTimeField(_("e-mailed"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["recipient", "read_at"], name="notification_unread_idx"),
            models.Index(fields=["delivery", "emailed_at"], name="notification_outbox_idx"),
        ]
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")

    def __str__(self) -> str:
        return self.title

    @property
    def is_read(self) -> bool:
        return self.read_at is not None


class NotificationPreference(models.Model):
    """A user's chosen delivery for one kind; a kind without a row uses DEFAULT_DELIVERY."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_preferences"
    )
    kind = models.CharField(_("kind"), max_length=32, choices=NotificationKind.choices)
    delivery = models.CharField(_("delivery"), max_length=8, choices=Delivery.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "kind"], name="one_preference_per_kind")
        ]
        verbose_name = _("notification preference")
        verbose_name_plural = _("notification preferences")

    def __str__(self) -> str:
        return f"{self.user_id} {self.kind}: {self.delivery}"
