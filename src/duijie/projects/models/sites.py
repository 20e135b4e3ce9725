from django.contrib.contenttypes.fields import GenericRelation
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from duijie.common.i18n import pick
from duijie.common.models.base import BilingualNameModel, ContentLocale, TimeStampedModel
from duijie.projects.models.projects import SpaceType


class SiteKind(models.TextChoices):
    PARK = "park", _("Park")
    BUILDING = "building", _("Building")
    IDLE_FLOOR = "idle_floor", _("Idle floor")


class District(models.TextChoices):
    HUANGPU = "huangpu", _("Huangpu")
    XUHUI = "xuhui", _("Xuhui")
    CHANGNING = "changning", _("Changning")
    JINGAN = "jingan", _("Jing'an")
    PUTUO = "putuo", _("Putuo")
    HONGKOU = "hongkou", _("Hongkou")
    YANGPU = "yangpu", _("Yangpu")
    MINHANG = "minhang", _("Minhang")
    BAOSHAN = "baoshan", _("Baoshan")
    JIADING = "jiading", _("Jiading")
    PUDONG = "pudong", _("Pudong New Area")
    JINSHAN = "jinshan", _("Jinshan")
    SONGJIANG = "songjiang", _("Songjiang")
    QINGPU = "qingpu", _("Qingpu")
    FENGXIAN = "fengxian", _("Fengxian")
    CHONGMING = "chongming", _("Chongming")


class CarrierSite(TimeStampedModel, BilingualNameModel):
    """A carrier site (载体) offering space: a park, a building or idle floors in one."""

    kind = models.CharField(_("kind"), max_length=12, choices=SiteKind.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("part of"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="parts",
    )
    district = models.CharField(
        _("district"), max_length=12, choices=District.choices, default=District.YANGPU
    )
    address_zh = models.CharField(_("address (Chinese)"), max_length=200, blank=True)
    address_en = models.CharField(_("address (English)"), max_length=200, blank=True)
    space_types = models.JSONField(_("space types"), default=list)
    available_area_m2 = models.PositiveIntegerField(_("available area (m²)"), default=0)
    rent_min = models.DecimalField(
        _("rent from (CNY per m² per day)"),
        max_digits=7,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    rent_max = models.DecimalField(
        _("rent to (CNY per m² per day)"),
        max_digits=7,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    sectors = models.ManyToManyField(
        "directory.Sector", verbose_name=_("sectors suited"), blank=True
    )
    operator = models.ForeignKey(
        "directory.Organisation",
        verbose_name=_("operator"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="carrier_sites",
    )
    contact_unit = models.ForeignKey(
        "directory.Department",
        verbose_name=_("contact unit"),
        on_delete=models.PROTECT,
        related_name="carrier_sites",
    )
    description = models.TextField(
        pgettext_lazy("site", "description"), blank=True, max_length=5000
    )
    content_locale = models.CharField(
        pgettext_lazy("site", "description written in"),
        max_length=8,
        choices=ContentLocale.choices,
        default="zh-hans",
    )
    is_available = models.BooleanField(_("space available"), default=True)
    demo_key = models.CharField(max_length=80, blank=True, db_index=True)
    # Other-language versions of the description (duijie.versions).
    versions = GenericRelation("versions.ContentVersion")

    class Meta:
        ordering = ["district", "name_en", "id"]
        verbose_name = _("carrier site")
        verbose_name_plural = _("carrier sites")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(rent_min__isnull=True)
                | models.Q(rent_max__isnull=True)
                | models.Q(rent_min__lte=models.F("rent_max")),
                name="site_rent_order",
            ),
        ]

    @property
    def address(self) -> str:
        return pick(self.address_zh, self.address_en)

    def space_type_labels(self) -> list[str]:

        return [str(SpaceType(v).label) for v in self.space_types if v in SpaceType.values]
