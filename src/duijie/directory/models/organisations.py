from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils.translation import gettext_lazy as _

from duijie.common.i18n import other, pick
from duijie.common.models.base import BilingualNameModel, ContentLocale, TimeStampedModel
from duijie.directory.validators import validate_uen_field, validate_uscc_field


class Sector(BilingualNameModel):
    """A node of the programme's bilingual sector taxonomy, managed by staff."""

    code = models.SlugField(_("code"), max_length=64, unique=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "code"]
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")


class Country(models.TextChoices):
    SG = "SG", _("Singapore")
    CN = "CN", _("China")
    OTHER = "OTHER", _("Other")


class OrgType(models.TextChoices):
    ENTERPRISE = "enterprise", _("Enterprise")
    UNIVERSITY = "university", _("University")
    INSTITUTE = "institute", _("Research institute")
    GOVERNMENT = "government", _("Government agency")
    PARK_OPERATOR = "park_operator", _("Industrial park operator")
    INVESTOR = "investor", _("Investor")
    SERVICE_AGENCY = "service_agency", _("Service agency")


class SrdiLevel(models.TextChoices):
    NONE = "none", _("None")
    MUNICIPAL = "municipal", _("Municipal SRDI (专精特新)")
    NATIONAL = "national", _("National SRDI 'little giant' (小巨人)")


class SizeBand(models.TextChoices):
    MICRO = "micro", _("Micro (under 10 staff)")
    SMALL = "small", _("Small (10–99 staff)")
    MEDIUM = "medium", _("Medium (100–999 staff)")
    LARGE = "large", _("Large (1,000+ staff)")


class Organisation(TimeStampedModel):
    """A company, university, institute, agency, park operator or investor in the directory."""

    name_zh = models.CharField(_("name (Chinese)"), max_length=200, blank=True)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    country = models.CharField(_("country"), max_length=8, choices=Country.choices)
    city = models.CharField(_("city"), max_length=100, blank=True)
    district = models.CharField(_("district"), max_length=100, blank=True)
    org_type = models.CharField(_("type"), max_length=20, choices=OrgType.choices)
    sectors = models.ManyToManyField(Sector, verbose_name=_("sectors"), blank=True)
    srdi_level = models.CharField(
        _("SRDI level (专精特新)"), max_length=12, choices=SrdiLevel.choices, default="none"
    )
    regional_hq = models.BooleanField(_("recognised regional HQ"), default=False)
    size_band = models.CharField(_("size"), max_length=8, choices=SizeBand.choices, blank=True)
    profile = models.TextField(_("profile"), blank=True)
    content_locale = models.CharField(
        _("profile language"), max_length=8, choices=ContentLocale.choices, default="zh-hans"
    )
    uscc = models.CharField(
        _("unified social credit code"),
        max_length=18,
        blank=True,
        validators=[validate_uscc_field],
    )
    uen = models.CharField(_("UEN"), max_length=10, blank=True, validators=[validate_uen_field])
    website = models.URLField(_("website"), blank=True)
    verified_at = models.DateTimeField(_("verified"), null=True, blank=True)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    is_sample = models.BooleanField(_("sample data"), default=False)
    demo_key = models.CharField(max_length=80, blank=True, db_index=True)
    # Other-language versions of the profile (duijie.versions).
    versions = GenericRelation("versions.ContentVersion")
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL, through="Membership", related_name="organisations"
    )

    class Meta:
        ordering = ["name_en", "name_zh"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(name_zh="", name_en=""), name="organisation_has_a_name"
            ),
        ]

    @property
    def name(self) -> str:
        return pick(self.name_zh, self.name_en)

    @property
    def other_name(self) -> str:
        return other(self.name_zh, self.name_en)

    @property
    def is_verified(self) -> bool:
        return self.verified_at is not None

    def __str__(self) -> str:
        return self.name


class Membership(TimeStampedModel):
    class Role(models.TextChoices):
        ADMIN = "admin", _("Organisation administrator")
        MEMBER = "member", _("Member")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(_("role"), max_length=8, choices=Role.choices, default=Role.MEMBER)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(fields=["user", "organisation"], name="one_membership_per_org")
        ]

    def __str__(self) -> str:
        return f"{self.user} @ {self.organisation}"
