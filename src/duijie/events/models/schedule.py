"""Meeting slots, scheduled meetings and the record of each scheduling run."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Slot(models.Model):
    """A meeting slot cut from a meeting session, skipping breaks."""

    event = models.ForeignKey("events.Event", on_delete=models.CASCADE, related_name="slots")
    session = models.ForeignKey(
        "events.EventSession", on_delete=models.CASCADE, related_name="slots"
    )
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))

    class Meta:
        ordering = ["starts_at", "id"]
        verbose_name = _("meeting slot")
        verbose_name_plural = _("meeting slots")
        constraints = [
            models.UniqueConstraint(fields=["event", "starts_at"], name="one_slot_per_start")
        ]

    def __str__(self) -> str:

        start = timezone.localtime(self.starts_at)
        end = timezone.localtime(self.ends_at)
        return f"{start:%Y-%m-%d %H:%M}–{end:%H:%M}"


class Attendance(models.TextChoices):
    PLANNED = "planned", _("Planned")
    HELD = "held", _("Held")
    NO_SHOW = "no_show", _("No-show")


class MeetingSource(models.TextChoices):
    SCHEDULER = "scheduler", _("Scheduler")
    IMPORT = "import", _("Imported schedule")
    ORGANISER = "organiser", _("Placed by an organiser")


class Meeting(models.Model):
    """A 1:1 meeting between two participants at a table in a slot.

    `a` is always the participant with the lower id, so a pair has one spelling.
    """

    event = models.ForeignKey("events.Event", on_delete=models.CASCADE, related_name="meetings")
    slot = models.ForeignKey(Slot, on_delete=models.PROTECT, related_name="meetings")
    table = models.ForeignKey(
        "events.EventTable", on_delete=models.PROTECT, related_name="meetings"
    )
    a = models.ForeignKey("events.Participant", on_delete=models.CASCADE, related_name="+")
    b = models.ForeignKey("events.Participant", on_delete=models.CASCADE, related_name="+")
    request = models.ForeignKey(
        "events.MeetingRequest",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="meetings",
    )
    locked = models.BooleanField(
        _("locked"),
        default=False,
        help_text=_("Locked meetings stay where they are when the schedule is recomputed."),
    )
    attendance = models.CharField(
        _("attendance"), max_length=8, choices=Attendance.choices, default=Attendance.PLANNED
    )
    source = models.CharField(max_length=10, choices=MeetingSource.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["slot__starts_at", "table__position", "id"]
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        constraints = [
            models.UniqueConstraint(fields=["slot", "table"], name="one_meeting_per_table_slot"),
            models.UniqueConstraint(fields=["event", "a", "b"], name="one_meeting_per_pair"),
            models.CheckConstraint(
                condition=models.Q(a__lt=models.F("b")), name="meeting_pair_order"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.slot} {self.table}: {self.a} × {self.b}"

    @property
    def is_fixed(self) -> bool:
        """Kept as it is by re-scheduling: locked by an organiser, or already happened."""
        return self.locked or self.attendance != Attendance.PLANNED

    def other_side(self, participant):
        return self.b if participant.pk == self.a_id else self.a


class RunStatus(models.TextChoices):
    QUEUED = "queued", _("Queued")
    RUNNING = "running", _("Running")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed")


class ScheduleRun(models.Model):
    """One computation (or import) of an event's schedule, with its quality figures."""

    event = models.ForeignKey(
        "events.Event", on_delete=models.CASCADE, related_name="schedule_runs"
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    source = models.CharField(max_length=10, choices=MeetingSource.choices)
    status = models.CharField(max_length=8, choices=RunStatus.choices, default="queued")
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    requests = models.PositiveIntegerField(default=0)
    meetings = models.PositiveIntegerField(default=0)
    weight = models.FloatField(default=0)
    upper_bound = models.FloatField(null=True, blank=True)
    seconds = models.FloatField(default=0)
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("scheduling run")
        verbose_name_plural = _("scheduling runs")

    def __str__(self) -> str:
        return f"{self.event_id} {self.created_at:%Y-%m-%d %H:%M} {self.status}"

    @property
    def gap(self) -> float | None:
        """Relative distance to the upper bound (0 = proven best possible)."""
        if self.upper_bound is None:
            return None
        if self.upper_bound <= 0:
            return 0.0
        return max(0.0, (self.upper_bound - self.weight) / self.upper_bound)

    @property
    def gap_percent(self) -> float | None:
        gap = self.gap
        return None if gap is None else round(100 * gap, 2)


class UnscheduledReason(models.TextChoices):
    NO_COMMON_SLOT = "no_common_slot", _("The two sides have no free slot in common")
    QUOTA_REACHED = "quota_reached", _("One side has reached the maximum number of meetings")
    TABLES_FULL = "tables_full", _("All tables are taken in the slots both sides have free")
    LOST_TO_HIGHER_WEIGHT = (
        "lost_to_higher_weight",
        _("Every common slot went to meetings that matter more to these participants"),
    )
    BLOCKED = "blocked", _("One side answered “no thanks”")
    NOT_PLACED = "not_placed", _("The uploaded schedule left it out although it fits")


class UnscheduledRequest(models.Model):
    run = models.ForeignKey(ScheduleRun, on_delete=models.CASCADE, related_name="unscheduled")
    request = models.ForeignKey("events.MeetingRequest", on_delete=models.CASCADE, related_name="+")
    reason = models.CharField(max_length=24, choices=UnscheduledReason.choices)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return f"{self.request_id}: {self.reason}"
