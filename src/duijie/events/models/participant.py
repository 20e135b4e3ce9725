"""People and organisations taking part in an event, and their meeting preferences."""

from __future__ import annotations

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from duijie.common.models.base import ContentLocale, TimeStampedModel


class ParticipantStatus(models.TextChoices):
    PENDING = "pending", _("Awaiting approval")
    APPROVED = "approved", _("Approved")
    DECLINED = "declined", _("Not admitted")
    WITHDRAWN = "withdrawn", pgettext_lazy("event participant", "Withdrawn")


class Participant(TimeStampedModel):
    """A directory user registered for an event on behalf of one of their organisations."""

    event = models.ForeignKey("events.Event", on_delete=models.CASCADE, related_name="participants")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="event_participations"
    )
    organisation = models.ForeignKey(
        "directory.Organisation", on_delete=models.PROTECT, related_name="event_participations"
    )
    role = models.ForeignKey(
        "events.ParticipantRole",
        verbose_name=pgettext_lazy("event participant", "role"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="participants",
    )
    status = models.CharField(
        _("status"), max_length=10, choices=ParticipantStatus.choices, default="pending"
    )
    offer = models.TextField(_("what we offer"), blank=True, max_length=2000)
    seek = models.TextField(_("what we are looking for"), blank=True, max_length=2000)
    content_locale = models.CharField(
        _("written in"), max_length=8, choices=ContentLocale.choices, default="zh-hans"
    )
    # Other-language versions of "what we offer / seek" (duijie.versions).
    versions = GenericRelation("versions.ContentVersion")
    listings = models.ManyToManyField(
        "listings.Listing", verbose_name=_("linked listings"), blank=True, related_name="+"
    )
    sessions = models.ManyToManyField(
        "events.EventSession", verbose_name=_("sessions attended"), blank=True, related_name="+"
    )
    max_meetings = models.PositiveSmallIntegerField(
        _("max meetings (overrides the event's)"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(100)],
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    checked_in_at = models.DateTimeField(_("checked in"), null=True, blank=True)
    checked_in_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    no_show = models.BooleanField(_("no-show"), default=False)
    reminded_at = models.DateTimeField(_("reminded"), null=True, blank=True)
    reminded_for = models.DateTimeField(
        _("reminded of the start at"),
        null=True,
        blank=True,
        help_text=_("The event start the reminder announced; one reminder per start time."),
    )

    class Meta:
        ordering = ["organisation__name_en", "organisation__name_zh", "id"]
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        constraints = [
            models.UniqueConstraint(fields=["event", "user"], name="one_registration_per_user")
        ]

    def __str__(self) -> str:
        return f"{self.user.full_name} · {self.organisation.name}"

    @property
    def meeting_quota(self) -> int:
        if self.max_meetings is not None:
            return self.max_meetings
        return self.event.max_meetings

    @property
    def is_approved(self) -> bool:
        return self.status == ParticipantStatus.APPROVED


class PreferenceLevel(models.TextChoices):
    MUST = "must", _("Must meet")
    HAPPY = "happy", _("Happy to meet")
    NO = "no", _("No thanks")


class Preference(TimeStampedModel):
    """How much `participant` wants to meet `counterpart`; "no" from either side blocks them."""

    participant = models.ForeignKey(
        Participant, on_delete=models.CASCADE, related_name="preferences"
    )
    counterpart = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="+")
    level = models.CharField(_("preference"), max_length=6, choices=PreferenceLevel.choices)

    class Meta:
        verbose_name = _("meeting preference")
        verbose_name_plural = _("meeting preferences")
        constraints = [
            models.UniqueConstraint(
                fields=["participant", "counterpart"], name="one_preference_per_counterpart"
            )
        ]
