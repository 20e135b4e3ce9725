"""Conversations: one thread of messages on an interest or on an event's meeting request."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from duijie.common.models.base import ContentLocale

MAX_MESSAGE_LENGTH = 5000


class Thread(models.Model):
    """The conversation on exactly one subject; created with its first message or report."""

    interest = models.OneToOneField(
        "matching.Interest", null=True, blank=True, on_delete=models.CASCADE, related_name="thread"
    )
    # A string reference: events imports matching, so matching never imports events.
    meeting_request = models.OneToOneField(
        "events.MeetingRequest",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="thread",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    reported_at = models.DateTimeField(_("reported"), null=True, blank=True)
    reported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    report_reason = models.TextField(_("reason for the report"), blank=True, max_length=1000)

    class Meta:
        verbose_name = _("conversation")
        verbose_name_plural = _("conversations")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(interest__isnull=False, meeting_request__isnull=True)
                | models.Q(interest__isnull=True, meeting_request__isnull=False),
                name="thread_has_one_subject",
            )
        ]

    def __str__(self) -> str:
        return f"thread {self.pk}"

    @property
    def subject(self):
        return self.interest if self.interest_id else self.meeting_request


class Message(models.Model):
    """One message; its author becomes NULL when their account is deleted ("former user")."""

    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="messages")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    body = models.TextField(pgettext_lazy("conversation", "message"), max_length=MAX_MESSAGE_LENGTH)
    content_locale = models.CharField(max_length=8, choices=ContentLocale.choices)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = pgettext_lazy("conversation", "message")
        verbose_name_plural = pgettext_lazy("conversation", "messages")

    def __str__(self) -> str:
        return f"message {self.pk} in thread {self.thread_id}"


def message_file_path(instance: "MessageAttachment", filename: str) -> str:
    # Random names under private/: never guessable, never the user's file name.
    return f"private/messages/{instance.message.thread_id}/{instance.token}{instance.extension}"


class MessageAttachment(models.Model):
    """A checked file (PDF, Word, Excel, PNG, JPEG) sent with a message."""

    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="attachments")
    token = models.CharField(max_length=32, unique=True)
    extension = models.CharField(max_length=8)
    file = models.FileField(upload_to=message_file_path, max_length=200)
    original_name = models.CharField(_("file name"), max_length=200)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField(pgettext_lazy("file", "size"))

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return self.original_name


class ThreadRead(models.Model):
    """How far one person has read one thread: messages after `last_read_id` are unread."""

    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="reads")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    last_read_id = models.PositiveBigIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["thread", "user"], name="one_read_mark_per_person")
        ]

    def __str__(self) -> str:
        return f"{self.user_id} read thread {self.thread_id} to {self.last_read_id}"


class MatchesSeen(models.Model):
    """When a user last looked at their workspace: matches published later count as new."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="matches_seen"
    )
    seen_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"{self.user_id} saw matches at {self.seen_at:%Y-%m-%d %H:%M}"
