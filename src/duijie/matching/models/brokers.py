from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from duijie.common.models.base import ContentLocale, TimeStampedModel


class CaseStage(models.TextChoices):
    NEW = "new", pgettext_lazy("broker case", "New")
    CONTACTED = "contacted", _("Contacted")
    INTRODUCED = "introduced", _("Introduced")
    MEETING = "meeting", pgettext_lazy("broker case", "Meeting")
    AGREEMENT = "agreement", _("Agreement")
    CLOSED = "closed", pgettext_lazy("broker case", "Closed")


class BrokerAssignment(models.Model):
    """A technology broker (技术经理人) in charge of a listing: one case of their pipeline."""

    listing = models.ForeignKey(
        "listings.Listing", on_delete=models.CASCADE, related_name="broker_assignments"
    )
    broker = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="assignments"
    )
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    stage = models.CharField(
        pgettext_lazy("broker case", "stage"),
        max_length=12,
        choices=CaseStage.choices,
        default=CaseStage.NEW,
    )
    next_step = models.CharField(_("next step"), max_length=300, blank=True)
    next_step_on = models.DateField(_("next step by"), null=True, blank=True)
    outcome_note = models.TextField(_("outcome"), max_length=2000, blank=True)
    reminded_on = models.DateField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["listing", "broker"], name="one_assignment_per_broker")
        ]

    def __str__(self) -> str:
        return f"{self.broker} ↔ {self.listing}"


class Outcome(models.TextChoices):
    OPEN = "open", _("Open")
    TALKING = "talking", _("In conversation")
    MEETING = "meeting", _("Meeting held")
    NDA = "nda", _("NDA signed")
    PILOT = "pilot", _("Pilot")
    DEAL = "deal", _("Deal")
    NO_FIT = "no_fit", _("No fit")


class Recommendation(TimeStampedModel):
    """A broker's recommendation that a need and an offer talk to each other."""

    broker = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="recommendations"
    )
    need = models.ForeignKey("listings.Listing", on_delete=models.CASCADE, related_name="+")
    offer = models.ForeignKey("listings.Listing", on_delete=models.CASCADE, related_name="+")
    note = models.TextField(_("note to both parties"), max_length=2000)
    content_locale = models.CharField(max_length=8, choices=ContentLocale.choices)
    outcome = models.CharField(
        _("outcome"), max_length=10, choices=Outcome.choices, default=Outcome.OPEN
    )

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["need", "offer"], name="one_recommendation_per_pair")
        ]

    def __str__(self) -> str:
        return f"{self.need_id} ↔ {self.offer_id}"


class FollowUp(models.Model):
    """A broker's note on how a recommendation is going."""

    recommendation = models.ForeignKey(
        Recommendation, on_delete=models.CASCADE, related_name="follow_ups"
    )
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    note = models.TextField(_("note"), max_length=2000)
    outcome = models.CharField(_("outcome"), max_length=10, choices=Outcome.choices)
    next_step_on = models.DateField(_("next step on"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"follow-up {self.pk} of {self.recommendation_id}"
