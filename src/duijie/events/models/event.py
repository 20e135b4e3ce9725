"""An event and its structure: sessions, breaks, tables or rooms and participant roles."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from duijie.common.i18n import pick
from duijie.common.models.base import BilingualNameModel, TimeStampedModel


class EventKind(models.TextChoices):
    MATCHMAKING = "matchmaking", _("Matchmaking session")
    ROUNDTABLE = "roundtable", _("Roundtable")
    FORUM = "forum", _("Forum")
    EXPO_ZONE = "expo_zone", _("Expo meeting zone")


class RequestMode(models.TextChoices):
    OPT_IN = "opt_in", _("Opt-in: the other side must accept each request")
    OPT_OUT = "opt_out", _("Opt-out: requests stand unless the other side declines")


class EventStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")
    CANCELLED = "cancelled", _("Cancelled")


class Event(TimeStampedModel):
    """A matchmaking session (对接会), roundtable, forum or expo meeting zone."""

    kind = models.CharField(_("type"), max_length=16, choices=EventKind.choices)
    name_zh = models.CharField(_("name (Chinese)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200)
    description_zh = models.TextField(_("description (Chinese)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    venue_zh = models.CharField(_("venue (Chinese)"), max_length=300, blank=True)
    venue_en = models.CharField(_("venue (English)"), max_length=300, blank=True)
    online_link = models.URLField(_("online link"), blank=True)
    starts_on = models.DateField(_("first day"))
    ends_on = models.DateField(_("last day"))
    registration_opens_at = models.DateTimeField(_("registration opens"))
    registration_closes_at = models.DateTimeField(_("registration closes"))
    requires_approval = models.BooleanField(
        _("organiser approves participants"),
        default=True,
    )
    request_mode = models.CharField(
        _("meeting requests"), max_length=8, choices=RequestMode.choices, default="opt_in"
    )
    slot_minutes = models.PositiveSmallIntegerField(
        _("meeting length (minutes)"),
        default=20,
        validators=[MinValueValidator(5), MaxValueValidator(240)],
    )
    max_meetings = models.PositiveSmallIntegerField(
        _("max meetings per participant"), default=8, validators=[MaxValueValidator(100)]
    )
    max_requests = models.PositiveSmallIntegerField(
        _("max requests per participant"), default=10, validators=[MaxValueValidator(200)]
    )
    request_expiry_days = models.PositiveSmallIntegerField(
        _("days before an unanswered request expires"),
        default=3,
        validators=[MinValueValidator(1), MaxValueValidator(60)],
    )
    status = models.CharField(
        _("status"), max_length=10, choices=EventStatus.choices, default=EventStatus.DRAFT
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    organisers = models.ManyToManyField(
        settings.AUTH_USER_MODEL, related_name="organised_events", verbose_name=_("organisers")
    )
    is_sample = models.BooleanField(_("sample data"), default=False)
    demo_key = models.CharField(max_length=80, blank=True, db_index=True)

    class Meta:
        ordering = ["-starts_on", "-id"]
        verbose_name = _("event")
        verbose_name_plural = _("events")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_on__gte=models.F("starts_on")), name="event_day_order"
            ),
            models.CheckConstraint(
                condition=models.Q(registration_closes_at__gt=models.F("registration_opens_at")),
                name="event_registration_order",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return pick(self.name_zh, self.name_en)

    @property
    def description(self) -> str:
        return pick(self.description_zh, self.description_en)

    @property
    def venue(self) -> str:
        return pick(self.venue_zh, self.venue_en)

    @property
    def is_published(self) -> bool:
        return self.status == EventStatus.PUBLISHED

    def registration_open(self, now=None) -> bool:
        now = now or timezone.now()
        window = self.registration_opens_at <= now < self.registration_closes_at
        return self.is_published and window


class EventSession(TimeStampedModel):
    """A block of the programme; meeting sessions are cut into slots."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="sessions")
    name_zh = models.CharField(_("name (Chinese)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200)
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    has_meetings = models.BooleanField(_("1:1 meetings in this session"), default=True)

    class Meta:
        ordering = ["starts_at", "id"]
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")), name="session_time_order"
            )
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return pick(self.name_zh, self.name_en)


class EventBreak(models.Model):
    """A pause (lunch, keynote) during which no meeting slot is placed."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="breaks")
    name_zh = models.CharField(_("name (Chinese)"), max_length=120)
    name_en = models.CharField(_("name (English)"), max_length=120)
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))

    class Meta:
        ordering = ["starts_at", "id"]
        verbose_name = _("break")
        verbose_name_plural = _("breaks")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")), name="break_time_order"
            )
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return pick(self.name_zh, self.name_en)


class EventTable(models.Model):
    """A meeting table or room; labels such as "T01" or "Room 301" are language-neutral."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="tables")
    label = models.CharField(_("label"), max_length=40)
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("table or room")
        verbose_name_plural = _("tables and rooms")
        constraints = [
            models.UniqueConstraint(fields=["event", "label"], name="one_table_label_per_event")
        ]

    def __str__(self) -> str:
        return self.label


class ParticipantRole(BilingualNameModel):
    """A participant category such as Singapore delegation, local company or investor."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="roles")
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("participant role")
        verbose_name_plural = _("participant roles")
