from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from duijie.challenges.models.challenge import Challenge, Currency
from duijie.common.models.base import ContentLocale, TimeStampedModel


class ApplicationStatus(models.TextChoices):
    DRAFT = "draft", pgettext_lazy("application status", "Draft")
    SUBMITTED = "submitted", pgettext_lazy("application status", "Submitted")
    WITHDRAWN = "withdrawn", pgettext_lazy("application status", "Withdrawn")
    SHORTLISTED = "shortlisted", pgettext_lazy("application status", "Shortlisted")
    NOT_SELECTED = "not_selected", pgettext_lazy("application status", "Not selected")
    AWARDED = "awarded", pgettext_lazy("application status", "Awarded")


class Application(TimeStampedModel):
    """A solver organisation's answer to a challenge (揭榜), written in its own language."""

    challenge = models.ForeignKey(Challenge, on_delete=models.CASCADE, related_name="applications")
    organisation = models.ForeignKey(
        "directory.Organisation",
        verbose_name=_("applicant"),
        on_delete=models.PROTECT,
        related_name="challenge_applications",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    approach = models.TextField(_("proposed approach"), max_length=10000)
    team = models.TextField(_("team"), max_length=3000, blank=True)
    trl = models.PositiveSmallIntegerField(
        _("technology readiness level (TRL)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(9)],
    )
    budget = models.PositiveBigIntegerField(_("budget"), null=True, blank=True)
    currency = models.CharField(
        _("currency"), max_length=3, choices=Currency.choices, default=Currency.CNY
    )
    timeline = models.TextField(_("timeline"), max_length=3000, blank=True)
    references = models.TextField(_("references"), max_length=3000, blank=True)
    content_locale = models.CharField(_("written in"), max_length=8, choices=ContentLocale.choices)
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=ApplicationStatus.choices,
        default=ApplicationStatus.DRAFT,
    )
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    decision_reason = models.TextField(_("reason"), max_length=2000, blank=True)
    demo_key = models.CharField(max_length=80, blank=True, db_index=True)

    class Meta:
        ordering = ["challenge", "submitted_at", "id"]
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        constraints = [
            models.UniqueConstraint(
                fields=["challenge", "organisation"], name="one_application_per_organisation"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.challenge_id}: {self.organisation_id}"


class ApplicationMessage(models.Model):
    """A question from the owner about an application, or the applicant's answer."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="messages")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    body = models.TextField(_("message"), max_length=3000)
    content_locale = models.CharField(_("written in"), max_length=8, choices=ContentLocale.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("question or answer")
        verbose_name_plural = _("questions and answers")

    def __str__(self) -> str:
        return f"{self.application_id}: {self.body[:40]}"
