from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from duijie.challenges.models.application import Application
from duijie.challenges.models.challenge import Challenge


class MilestoneStatus(models.TextChoices):
    PENDING = "pending", pgettext_lazy("milestone status", "Pending")
    SUBMITTED = "submitted", pgettext_lazy("milestone status", "Evidence submitted")
    ACCEPTED = "accepted", pgettext_lazy("milestone status", "Accepted")
    RETURNED = "returned", pgettext_lazy("milestone status", "Returned")


class Milestone(models.Model):
    """A delivery step of an awarded application, with a due date and the owner's acceptance."""

    challenge = models.ForeignKey(Challenge, on_delete=models.CASCADE, related_name="milestones")
    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="milestones"
    )
    title = models.CharField(_("milestone"), max_length=200)
    due_on = models.DateField(_("due on"))
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=MilestoneStatus.choices,
        default=MilestoneStatus.PENDING,
    )
    evidence_note = models.TextField(_("evidence"), max_length=3000, blank=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    review_note = models.TextField(_("owner's note"), max_length=2000, blank=True)
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True)
    reminded_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["due_on", "id"]
        verbose_name = _("milestone")
        verbose_name_plural = _("milestones")

    def __str__(self) -> str:
        return self.title


def file_path(instance, filename: str) -> str:
    # Random names under private/: never guessable, never the user's file name.
    return f"private/challenges/{instance.token}{instance.extension}"


class StoredFile(models.Model):
    """A checked upload (PDF, Word, Excel, PNG, JPEG) attached to an application or milestone."""

    application = models.ForeignKey(
        Application, null=True, on_delete=models.CASCADE, related_name="attachments"
    )
    milestone = models.ForeignKey(
        Milestone, null=True, on_delete=models.CASCADE, related_name="evidence"
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    token = models.CharField(max_length=32, unique=True)
    extension = models.CharField(max_length=8)
    file = models.FileField(upload_to=file_path, max_length=200)
    original_name = models.CharField(_("file name"), max_length=200)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField(pgettext_lazy("file", "size"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(application__isnull=False, milestone__isnull=True)
                | models.Q(application__isnull=True, milestone__isnull=False),
                name="file_belongs_to_one",
            )
        ]

    def __str__(self) -> str:
        return self.original_name
