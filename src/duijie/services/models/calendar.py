from django.db import models
from django.utils.translation import gettext_lazy as _

from duijie.common.models.base import BilingualNameModel


class CalendarDayKind(models.TextChoices):
    HOLIDAY = "holiday", _("Public holiday (no work)")
    WORKDAY = "workday", _("Make-up working day (调休上班)")


class CalendarDay(BilingualNameModel):
    """One exception to the Monday–Friday week, as published each year by the State Council.

    Staff add next year's days in the admin once the General Office of the State Council
    publishes them (usually in November); deadlines then count them automatically.
    """

    date = models.DateField(_("date"), unique=True)
    kind = models.CharField(_("kind"), max_length=8, choices=CalendarDayKind.choices)

    class Meta:
        ordering = ["date"]
        verbose_name = _("calendar exception")
        verbose_name_plural = _("holiday calendar")

    def __str__(self) -> str:
        return f"{self.date} {self.name}"
