import datetime

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from duijie.common.models.audit import register_history
from duijie.common.models.base import ContentLocale, TimeStampedModel


class RequestStatus(models.TextChoices):
    SUBMITTED = "submitted", pgettext_lazy("consulting request status", "Awaiting assignment")
    IN_PROGRESS = "in_progress", pgettext_lazy("consulting request status", "In progress")
    ANSWERED = "answered", pgettext_lazy("consulting request status", "Answered")
    CLOSED = "closed", pgettext_lazy("consulting request status", "Closed")


# The department owes an answer in these states, so the deadline runs.
AWAITING_DEPARTMENT = (RequestStatus.SUBMITTED, RequestStatus.IN_PROGRESS)


class ConsultingRequestQuerySet(models.QuerySet):
    def overdue(self, today: datetime.date) -> models.QuerySet:
        """Twin of `ConsultingRequest.is_overdue`: awaiting the department after the due day."""
        return self.filter(status__in=AWAITING_DEPARTMENT, due_on__lt=today)


class ConsultingRequest(TimeStampedModel):
    """A company's question to the government, routed to one department at a time."""

    objects = ConsultingRequestQuerySet.as_manager()

    requester = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requester"),
        on_delete=models.PROTECT,
        related_name="consulting_requests",
    )
    organisation = models.ForeignKey(
        "directory.Organisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="consulting_requests",
    )
    category = models.ForeignKey(
        "services.RequestCategory",
        verbose_name=_("category"),
        on_delete=models.PROTECT,
        related_name="requests",
    )
    subject = models.CharField(_("subject"), max_length=200)
    description = models.TextField(_("question"), max_length=10000)
    content_locale = models.CharField(_("written in"), max_length=8, choices=ContentLocale.choices)
    department = models.ForeignKey(
        "directory.Department",
        verbose_name=_("department"),
        on_delete=models.PROTECT,
        related_name="consulting_requests",
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("handled by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_consulting_requests",
    )
    status = models.CharField(
        _("status"), max_length=12, choices=RequestStatus.choices, default=RequestStatus.SUBMITTED
    )
    due_on = models.DateField(_("reply due"))
    reminded_at = models.DateTimeField(_("deadline reminder sent"), null=True, blank=True)
    escalated_at = models.DateTimeField(_("escalated"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    is_sample = models.BooleanField(_("sample data"), default=False)
    demo_key = models.CharField(max_length=80, blank=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("consulting request")
        verbose_name_plural = _("consulting requests")
        indexes = [
            models.Index(fields=["department", "status"]),
            models.Index(fields=["status", "due_on"]),
        ]

    def __str__(self) -> str:
        return f"{self.reference} {self.subject}"

    @property
    def reference(self) -> str:
        """The number quoted in letters and emails, e.g. ZX2025-000042."""
        year = timezone.localtime(self.created_at).year if self.created_at else ""
        return f"ZX{year}-{self.pk or 0:06d}"

    @property
    def is_closed(self) -> bool:
        return self.status == RequestStatus.CLOSED

    @property
    def awaits_department(self) -> bool:
        return self.status in AWAITING_DEPARTMENT

    def is_overdue(self, today: datetime.date) -> bool:
        """The one definition of overdue: the department still owes an answer after the due day.

        `ConsultingRequestQuerySet.overdue` is its twin for lists, exports and jobs.
        """
        return self.awaits_department and self.due_on < today

    @property
    def overdue_today(self) -> bool:
        """`is_overdue` on the local date, for templates."""
        return self.is_overdue(timezone.localdate())


class RequestMessage(models.Model):
    """The conversation the requester sees: department replies and the requester's follow-ups."""

    request = models.ForeignKey(
        ConsultingRequest, on_delete=models.CASCADE, related_name="messages"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Set on replies (the department that answered); empty on the requester's follow-ups.
    from_department = models.ForeignKey(
        "directory.Department", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    body = models.TextField(_("message"), max_length=10000)
    content_locale = models.CharField(_("written in"), max_length=8, choices=ContentLocale.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("message")
        verbose_name_plural = _("messages")

    def __str__(self) -> str:
        return f"{self.request_id} @ {self.created_at:%Y-%m-%d %H:%M}"

    @property
    def is_reply(self) -> bool:
        return self.from_department_id is not None


class InternalNote(models.Model):
    """Working notes of the handling departments; kept apart so they can never reach requesters."""

    request = models.ForeignKey(
        ConsultingRequest, on_delete=models.CASCADE, related_name="internal_notes"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    department = models.ForeignKey(
        "directory.Department", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    body = models.TextField(_("internal note"), max_length=10000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("internal note")
        verbose_name_plural = _("internal notes")

    def __str__(self) -> str:
        return f"{self.request_id} @ {self.created_at:%Y-%m-%d %H:%M}"


class RequestEventKind(models.TextChoices):
    # Catalogs of all areas are merged, so labels as common as "Closed" carry a context.
    SUBMITTED = "submitted", pgettext_lazy("consulting request history", "Submitted")
    ASSIGNED = "assigned", pgettext_lazy("consulting request history", "Assigned")
    REPLIED = "replied", pgettext_lazy("consulting request history", "Replied")
    FOLLOWED_UP = (
        "followed_up",
        pgettext_lazy("consulting request history", "Follow-up from the requester"),
    )
    TRANSFERRED = "transferred", pgettext_lazy("consulting request history", "Transferred")
    CLOSED = "closed", pgettext_lazy("consulting request history", "Closed")
    RATED = "rated", pgettext_lazy("consulting request history", "Rated")
    REMINDED = "reminded", pgettext_lazy("consulting request history", "Deadline reminder sent")
    ESCALATED = "escalated", pgettext_lazy("consulting request history", "Escalated as overdue")


# Reminders and escalations are the departments' internal business.
REQUESTER_VISIBLE_EVENTS = tuple(
    kind for kind in RequestEventKind if kind not in {"reminded", "escalated"}
)


# A request's history is the activity log's state changes (services.domain.history).
register_history(
    "services.consultingrequest",
    states=RequestStatus,
    verbs={f"consulting_request.{kind.value}": kind.label for kind in RequestEventKind},
)


def attachment_path(instance: "RequestAttachment", filename: str) -> str:
    # Random names under private/: never guessable, never the user's file name.
    return f"private/services/{instance.request_id}/{instance.token}{instance.extension}"


class RequestAttachment(models.Model):
    """A checked file (PDF, Word, Excel, PNG, JPEG) belonging to a request."""

    request = models.ForeignKey(
        ConsultingRequest, on_delete=models.CASCADE, related_name="attachments"
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    token = models.CharField(max_length=32, unique=True)
    extension = models.CharField(max_length=8)
    file = models.FileField(upload_to=attachment_path, max_length=200)
    original_name = models.CharField(_("file name"), max_length=200)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField(pgettext_lazy("file", "size"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self) -> str:
        return self.original_name


class SatisfactionRating(models.Model):
    """The requester's verdict on a closed request; one per request."""

    request = models.OneToOneField(
        ConsultingRequest, on_delete=models.CASCADE, related_name="rating"
    )
    score = models.PositiveSmallIntegerField(
        _("satisfaction"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    comment = models.TextField(_("comment"), max_length=2000, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("satisfaction rating")
        verbose_name_plural = _("satisfaction ratings")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(score__gte=1, score__lte=5), name="rating_score_1_to_5"
            )
        ]

    def __str__(self) -> str:
        return f"{self.request_id}: {self.score}/5"
