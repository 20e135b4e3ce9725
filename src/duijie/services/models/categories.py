from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from duijie.common.i18n import pick
from duijie.common.models.base import BilingualNameModel

DEFAULT_RESPONSE_WORKING_DAYS = 5


class RequestCategory(BilingualNameModel):
    """A kind of consulting request (regional-HQ recognition, visas, ...), in both languages."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    description_zh = models.CharField(_("description (Chinese)"), max_length=300, blank=True)
    description_en = models.CharField(_("description (English)"), max_length=300, blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    is_active = models.BooleanField(_("open for new requests"), default=True)

    class Meta:
        ordering = ["position", "code"]
        verbose_name = _("request category")
        verbose_name_plural = _("request categories")

    @property
    def description(self) -> str:

        return pick(self.description_zh, self.description_en)


class RoutingRule(models.Model):
    """Which department answers a category, and how many working days it has to reply."""

    category = models.OneToOneField(
        RequestCategory,
        verbose_name=_("category"),
        on_delete=models.CASCADE,
        related_name="routing_rule",
    )
    department = models.ForeignKey(
        "directory.Department",
        verbose_name=_("responsible department"),
        on_delete=models.PROTECT,
        related_name="routing_rules",
    )
    response_working_days = models.PositiveSmallIntegerField(
        _("working days to reply"),
        default=DEFAULT_RESPONSE_WORKING_DAYS,
        validators=[MinValueValidator(1), MaxValueValidator(60)],
    )
    reminder_working_days = models.PositiveSmallIntegerField(
        _("remind this many working days before the deadline"),
        default=1,
        validators=[MaxValueValidator(30)],
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["category__position", "category__code"]
        verbose_name = _("routing rule")
        verbose_name_plural = _("routing rules")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(response_working_days__gte=1), name="routing_days_positive"
            )
        ]

    def __str__(self) -> str:
        return f"{self.category} → {self.department}"

    def clean(self) -> None:
        if self.reminder_working_days >= (self.response_working_days or 0):
            raise ValidationError(
                {"reminder_working_days": _("The reminder must come before the deadline.")}
            )


class DepartmentLead(models.Model):
    """A department's service lead: receives escalations of its overdue requests."""

    department = models.ForeignKey(
        "directory.Department",
        verbose_name=_("department"),
        on_delete=models.CASCADE,
        related_name="service_leads",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("lead"),
        on_delete=models.CASCADE,
        related_name="service_lead_roles",
    )

    class Meta:
        verbose_name = _("department service lead")
        verbose_name_plural = _("department service leads")
        constraints = [
            models.UniqueConstraint(fields=["department", "user"], name="one_lead_role_per_dept")
        ]

    def __str__(self) -> str:
        return f"{self.user} ({self.department})"

    def clean(self) -> None:
        if self.user_id and self.department_id and self.user.department_id != self.department_id:
            raise ValidationError({"user": _("The lead must be a staff member of the department.")})
