"""What each side recorded after a meeting; notes are private to the side that wrote them."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from duijie.common.models.base import ContentLocale, TimeStampedModel


class OutcomeResult(models.TextChoices):
    FOLLOW_UP = "follow_up", _("Follow-up agreed")
    NDA = "nda", _("Non-disclosure agreement (NDA)")
    PILOT = "pilot", _("Pilot project")
    DEAL = "deal", _("Deal")
    NO_FIT = "no_fit", pgettext_lazy("meeting outcome", "No fit")


class MeetingOutcome(TimeStampedModel):
    meeting = models.ForeignKey("events.Meeting", on_delete=models.CASCADE, related_name="outcomes")
    participant = models.ForeignKey(
        "events.Participant", on_delete=models.CASCADE, related_name="outcomes"
    )
    result = models.CharField(
        pgettext_lazy("meeting outcome", "outcome"), max_length=10, choices=OutcomeResult.choices
    )
    notes = models.TextField(_("private notes"), blank=True, max_length=4000)
    content_locale = models.CharField(
        _("written in"), max_length=8, choices=ContentLocale.choices, default="zh-hans"
    )

    class Meta:
        verbose_name = _("meeting outcome")
        verbose_name_plural = _("meeting outcomes")
        constraints = [
            models.UniqueConstraint(fields=["meeting", "participant"], name="one_outcome_per_side")
        ]
