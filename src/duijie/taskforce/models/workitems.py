from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from duijie.common.i18n import other, pick
from duijie.common.models.base import BilingualNameModel, ContentLocale, TimeStampedModel


class Workstream(BilingualNameModel):
    """A part of the task force's work plan, e.g. 工作机制 or 载体建设工作组."""

    code = models.SlugField(_("code"), max_length=64, unique=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "code"]
        verbose_name = _("workstream")
        verbose_name_plural = _("workstreams")


class ItemStatus(models.TextChoices):
    """Labels of the computed status (taskforce.core.status.Status); never stored."""

    NOT_STARTED = "not_started", pgettext_lazy("work item status", "Not started")
    ON_TRACK = "on_track", _("On track")
    AT_RISK = "at_risk", _("At risk")
    OVERDUE = "overdue", pgettext_lazy("work item status", "Overdue")
    DONE = "done", pgettext_lazy("work item status", "Done")


class Assessment(models.TextChoices):
    ON_TRACK = "on_track", _("On track")
    AT_RISK = "at_risk", _("At risk")


class WorkItem(TimeStampedModel):
    """A task-force work item led by one unit (主办) with co-handling units (会办)."""

    workstream = models.ForeignKey(
        Workstream, verbose_name=_("workstream"), on_delete=models.PROTECT, related_name="items"
    )
    title_zh = models.CharField(_("title (Chinese)"), max_length=200, blank=True)
    title_en = models.CharField(_("title (English)"), max_length=200, blank=True)
    description = models.TextField(
        pgettext_lazy("work item", "description"), blank=True, max_length=5000
    )
    content_locale = models.CharField(
        pgettext_lazy("work item", "description written in"),
        max_length=8,
        choices=ContentLocale.choices,
        default="zh-hans",
    )
    lead_unit = models.ForeignKey(
        "directory.Department",
        verbose_name=_("lead unit"),
        on_delete=models.PROTECT,
        related_name="led_work_items",
    )
    co_units = models.ManyToManyField(
        "directory.Department",
        verbose_name=_("co-handling units"),
        blank=True,
        related_name="co_handled_work_items",
    )
    owners = models.ManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("owners"), blank=True, related_name="+"
    )
    start_date = models.DateField(_("start date"))
    due_date = models.DateField(_("due date"))
    reporting_period_days = models.PositiveSmallIntegerField(
        _("reporting period (days)"),
        default=30,
        validators=[MinValueValidator(7), MaxValueValidator(180)],
    )
    done_on = models.DateField(_("completed on"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    demo_key = models.CharField(max_length=80, blank=True, db_index=True)

    class Meta:
        ordering = ["workstream__position", "due_date", "id"]
        verbose_name = _("work item")
        verbose_name_plural = _("work items")
        permissions = [
            ("coordinate_taskforce", _("Can coordinate the task force (all items and proposals)"))
        ]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(title_zh="", title_en=""), name="work_item_has_a_title"
            ),
            models.CheckConstraint(
                condition=models.Q(due_date__gte=models.F("start_date")),
                name="work_item_due_after_start",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def title(self) -> str:
        return pick(self.title_zh, self.title_en)

    @property
    def other_title(self) -> str:
        return other(self.title_zh, self.title_en)


class Milestone(models.Model):
    work_item = models.ForeignKey(WorkItem, on_delete=models.CASCADE, related_name="milestones")
    title_zh = models.CharField(_("title (Chinese)"), max_length=200, blank=True)
    title_en = models.CharField(_("title (English)"), max_length=200, blank=True)
    due_date = models.DateField(_("due date"))
    done_on = models.DateField(_("done on"), null=True, blank=True)

    class Meta:
        ordering = ["due_date", "id"]
        verbose_name = _("milestone")
        verbose_name_plural = _("milestones")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(title_zh="", title_en=""), name="milestone_has_a_title"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def title(self) -> str:
        return pick(self.title_zh, self.title_en)


class ProgressReport(models.Model):
    """A unit's periodic report on a work item; reports are never edited, only added."""

    work_item = models.ForeignKey(WorkItem, on_delete=models.CASCADE, related_name="reports")
    unit = models.ForeignKey(
        "directory.Department", verbose_name=_("unit"), on_delete=models.PROTECT, related_name="+"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    reported_on = models.DateField(_("report date"))
    assessment = models.CharField(_("assessment"), max_length=10, choices=Assessment.choices)
    text = models.TextField(_("progress"), max_length=5000)
    content_locale = models.CharField(_("written in"), max_length=8, choices=ContentLocale.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-reported_on", "-id"]
        verbose_name = _("progress report")
        verbose_name_plural = _("progress reports")

    def __str__(self) -> str:
        return f"{self.work_item_id} · {self.unit} · {self.reported_on}"


class Escalation(models.Model):
    """An overdue item was escalated on a day, at a level, to these people."""

    work_item = models.ForeignKey(WorkItem, on_delete=models.CASCADE, related_name="escalations")
    escalated_on = models.DateField(_("escalated on"))
    level = models.PositiveSmallIntegerField(_("level"))
    days_overdue = models.PositiveIntegerField(_("days overdue"))
    recipients = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name="+")

    class Meta:
        ordering = ["-escalated_on", "-id"]
        verbose_name = _("escalation")
        verbose_name_plural = _("escalations")
        constraints = [
            models.UniqueConstraint(
                fields=["work_item", "escalated_on"], name="one_escalation_per_item_per_day"
            )
        ]

    def __str__(self) -> str:
        return f"{self.work_item_id} · {self.escalated_on} · L{self.level}"


class ReminderKind(models.TextChoices):
    """Kinds of progress-report reminder (taskforce.core.reminders.ReminderKind)."""

    DUE_SOON = "due_soon", _("Report due soon")
    OVERDUE = "overdue", _("Report overdue")


class ReportReminder(models.Model):
    """A progress-report reminder sent to a unit; the marker that it is never sent twice."""

    work_item = models.ForeignKey(
        WorkItem, on_delete=models.CASCADE, related_name="report_reminders"
    )
    unit = models.ForeignKey(
        "directory.Department", verbose_name=_("unit"), on_delete=models.PROTECT, related_name="+"
    )
    kind = models.CharField(_("kind"), max_length=10, choices=ReminderKind.choices)
    report_due_on = models.DateField(_("report due on"))
    sent_on = models.DateField(_("sent on"))
    recipients = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name="+")

    class Meta:
        ordering = ["-sent_on", "-id"]
        verbose_name = _("report reminder")
        verbose_name_plural = _("report reminders")
        constraints = [
            models.UniqueConstraint(
                fields=["work_item", "unit", "kind", "report_due_on"],
                name="one_report_reminder_per_unit_kind_and_due_date",
            )
        ]

    def __str__(self) -> str:
        return f"{self.work_item_id} · {self.unit_id} · {self.kind} · {self.report_due_on}"
