from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from duijie.common.i18n import pick
from duijie.common.models.audit import register_history
from duijie.common.models.base import ContentLocale, TimeStampedModel


class Stage(models.TextChoices):
    LEAD = "lead", pgettext_lazy("project stage", "Lead")
    CONTACTED = "contacted", pgettext_lazy("project stage", "Contacted")
    NEGOTIATING = "negotiating", pgettext_lazy("project stage", "Negotiating")
    SIGNED = "signed", pgettext_lazy("project stage", "Signed")
    REGISTERED = "registered", pgettext_lazy("project stage", "Registered")
    OPERATING = "operating", pgettext_lazy("project stage", "Operating")
    DROPPED = "dropped", pgettext_lazy("project stage", "Dropped")


class SpaceType(models.TextChoices):
    OFFICE = "office", _("Office")
    LAB = "lab", _("Laboratory")
    INDUSTRIAL = "industrial", _("Industrial")


class Currency(models.TextChoices):
    CNY = "CNY", "CNY ¥"
    SGD = "SGD", "SGD S$"
    USD = "USD", "USD $"


class InvestmentProject(TimeStampedModel):
    """An investment project pursued by a government unit, from first lead to operation."""

    name_zh = models.CharField(_("name (Chinese)"), max_length=200, blank=True)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    investor = models.ForeignKey(
        "directory.Organisation",
        verbose_name=_("investor"),
        on_delete=models.PROTECT,
        related_name="investment_projects",
    )
    sectors = models.ManyToManyField("directory.Sector", verbose_name=_("sectors"), blank=True)
    description = models.TextField(
        pgettext_lazy("project", "description"), blank=True, max_length=5000
    )
    content_locale = models.CharField(
        pgettext_lazy("project", "description written in"),
        max_length=8,
        choices=ContentLocale.choices,
        default="zh-hans",
    )
    investment_amount = models.DecimalField(
        _("investment amount"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    currency = models.CharField(
        _("currency"), max_length=3, choices=Currency.choices, default=Currency.CNY
    )
    jobs = models.PositiveIntegerField(_("jobs"), null=True, blank=True)
    space_area_m2 = models.PositiveIntegerField(_("space needed (m²)"), null=True, blank=True)
    space_type = models.CharField(
        _("space type"), max_length=12, choices=SpaceType.choices, default=SpaceType.OFFICE
    )
    rent_budget = models.DecimalField(
        _("rent budget (CNY per m² per day)"),
        max_digits=7,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    responsible_unit = models.ForeignKey(
        "directory.Department",
        verbose_name=_("responsible unit"),
        on_delete=models.PROTECT,
        related_name="investment_projects",
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("project manager"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    stage = models.CharField(_("stage"), max_length=12, choices=Stage.choices, default=Stage.LEAD)
    dropped_reason = models.TextField(_("reason for dropping"), blank=True, max_length=2000)
    stage_changed_at = models.DateTimeField(_("stage changed"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    demo_key = models.CharField(max_length=80, blank=True, db_index=True)

    class Meta:
        ordering = ["-updated_at", "-id"]
        verbose_name = _("investment project")
        verbose_name_plural = _("investment projects")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(name_zh="", name_en=""), name="project_has_a_name"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return pick(self.name_zh, self.name_en)


# A project's stage history is the activity log's state changes (duijie.common.audit).
register_history("projects.investmentproject", states=Stage)
