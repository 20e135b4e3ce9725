from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from duijie.common.models.base import ContentLocale, TimeStampedModel


class InterestStatus(models.TextChoices):
    PENDING = "pending", _("Awaiting answer")
    ACCEPTED = "accepted", _("Both sides accepted")
    DECLINED = "declined", _("Declined")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class DeclineReason(models.TextChoices):
    TOO_EARLY = "too_early", _("Too early stage")
    NOT_FOCUS = "not_focus", _("Not our focus")
    ALREADY_SOLVED = "already_solved", _("Already solved")
    BUDGET = "budget", pgettext_lazy("decline reason", "Budget")
    OTHER = "other", _("Other")


class Interest(TimeStampedModel):
    """One organisation's expression of interest in another's listing, and the answer to it."""

    listing = models.ForeignKey(
        "listings.Listing", on_delete=models.CASCADE, related_name="interests_received"
    )
    from_listing = models.ForeignKey(
        "listings.Listing",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="interests_sent",
    )
    from_organisation = models.ForeignKey(
        "directory.Organisation", on_delete=models.CASCADE, related_name="interests_sent"
    )
    from_user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="interests_sent"
    )
    message = models.TextField(_("message"), max_length=2000)
    content_locale = models.CharField(max_length=8, choices=ContentLocale.choices)
    answers = models.JSONField(_("answers to the standard questions"), default=dict)
    status = models.CharField(
        max_length=10, choices=InterestStatus.choices, default=InterestStatus.PENDING
    )
    decline_reason = models.CharField(max_length=16, choices=DeclineReason.choices, blank=True)
    decline_note = models.TextField(blank=True, max_length=1000)
    responded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    responded_at = models.DateTimeField(null=True, blank=True)
    # Set once, in the transaction that completes the second contact person's consent.
    contacts_exchanged_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("expression of interest")
        verbose_name_plural = _("expressions of interest")
        constraints = [
            models.UniqueConstraint(
                fields=["listing", "from_organisation"],
                condition=models.Q(status__in=["pending", "accepted"]),
                name="one_open_interest_per_listing_and_org",
            )
        ]

    def __str__(self) -> str:
        return f"{self.from_organisation} → {self.listing}"


class ContactConsent(models.Model):
    """A person's consent to share their contact details with the other side of one interest."""

    interest = models.ForeignKey(Interest, on_delete=models.CASCADE, related_name="consents")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    organisation = models.ForeignKey(
        "directory.Organisation", on_delete=models.CASCADE, related_name="+"
    )
    recipient_country = models.CharField(max_length=8)
    given_at = models.DateTimeField(default=timezone.now)
    # A withdrawn consent is kept (not deleted) so a later renewal reuses the same row.
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    # Colleagues this contact person named to see the other side's details with them.
    named_colleagues = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="+"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["interest", "user"], name="one_consent_per_person")
        ]

    def __str__(self) -> str:
        return f"consent of {self.user_id} for interest {self.interest_id}"

    @property
    def active(self) -> bool:
        return self.withdrawn_at is None


class ContactTransfer(models.Model):
    """Ledger: one person's contact details shown to an organisation, possibly abroad."""

    interest = models.ForeignKey(Interest, on_delete=models.PROTECT, related_name="transfers")
    subject = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    recipient_organisation = models.ForeignKey(
        "directory.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    from_country = models.CharField(max_length=8)
    to_country = models.CharField(max_length=8)
    fields = models.JSONField(default=list)
    transferred_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-transferred_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["interest", "subject", "recipient_organisation"],
                name="one_transfer_record_per_disclosure",
            )
        ]

    def __str__(self) -> str:
        return f"{self.subject_id} → {self.recipient_organisation_id}"

    @property
    def cross_border(self) -> bool:
        return self.from_country != self.to_country
