from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from duijie.common.models.audit import register_history
from duijie.common.models.base import ContentLocale, TimeStampedModel


class ListingKind(models.TextChoices):
    TECH_OFFER = "tech_offer", _("Technology offer")
    TECH_REQUEST = "tech_request", _("Technology request")
    BUSINESS_OFFER = "business_offer", _("Business offer")
    BUSINESS_REQUEST = "business_request", _("Business request")
    RND_REQUEST = "rnd_request", _("R&D cooperation request")
    CHALLENGE = "challenge", _("Challenge (揭榜挂帅)")


OFFER_KINDS = {ListingKind.TECH_OFFER, ListingKind.BUSINESS_OFFER}


class IpStatus(models.TextChoices):
    GRANTED_PATENT = "granted_patent", _("Granted patent")
    PENDING_PATENT = "pending_patent", _("Patent pending")
    SOFTWARE_COPYRIGHT = "software_copyright", _("Software copyright")
    KNOW_HOW = "know_how", _("Know-how")
    NONE = "none", _("None")


class PartnershipType(models.TextChoices):
    LICENSING = "licensing", _("Licensing")
    TECH_COOPERATION = "tech_cooperation", _("Technical cooperation")
    JOINT_VENTURE = "joint_venture", _("Joint venture")
    INVESTMENT = "investment", _("Investment")
    SUPPLY_DISTRIBUTION = "supply_distribution", _("Supply / distribution")
    JOINT_RND = "joint_rnd", _("Joint R&D")


class TargetRegion(models.TextChoices):
    SG = "SG", _("Singapore")
    CN = "CN", _("China")
    ANY = "ANY", _("Any")


class Visibility(models.TextChoices):
    PUBLIC = "public", _("Public")
    MEMBERS = "members", _("Registered members")
    ANONYMOUS = "anonymous", _("Anonymous (organisation hidden until both sides accept)")


class ListingStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted for review")
    RETURNED = "returned", _("Returned for changes")
    PUBLISHED = "published", _("Published")
    CLOSED = "closed", _("Closed")
    EXPIRED = "expired", _("Expired")


class Currency(models.TextChoices):
    CNY = "CNY", "CNY ¥"
    SGD = "SGD", "SGD S$"
    USD = "USD", "USD $"


class Listing(TimeStampedModel):
    """An offer or a need published by an organisation."""

    organisation = models.ForeignKey(
        "directory.Organisation", on_delete=models.PROTECT, related_name="listings"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=ListingKind.choices)
    title = models.CharField(_("title"), max_length=200)
    summary = models.CharField(
        _("summary"), max_length=300, blank=True, help_text=_("One or two sentences for lists.")
    )
    description = models.TextField(_("description"), max_length=10000)
    content_locale = models.CharField(_("written in"), max_length=8, choices=ContentLocale.choices)
    sectors = models.ManyToManyField("directory.Sector", verbose_name=_("sectors"), blank=True)
    keywords = models.JSONField(_("keywords"), default=list, blank=True)
    trl = models.PositiveSmallIntegerField(
        _("technology readiness level (TRL)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(9)],
    )
    ip_status = models.CharField(
        _("IP status"), max_length=20, choices=IpStatus.choices, default=IpStatus.NONE
    )
    partnership_types = models.JSONField(_("partnership sought"), default=list, blank=True)
    budget_min = models.PositiveBigIntegerField(_("budget from"), null=True, blank=True)
    budget_max = models.PositiveBigIntegerField(_("budget to"), null=True, blank=True)
    currency = models.CharField(_("currency"), max_length=3, choices=Currency.choices, blank=True)
    target_region = models.CharField(
        _("target region"), max_length=5, choices=TargetRegion.choices, default=TargetRegion.ANY
    )
    visibility = models.CharField(
        _("visibility"), max_length=10, choices=Visibility.choices, default=Visibility.PUBLIC
    )
    status = models.CharField(
        _("status"), max_length=10, choices=ListingStatus.choices, default=ListingStatus.DRAFT
    )
    expires_on = models.DateField(_("expires on"))
    deadline = models.DateField(_("challenge deadline"), null=True, blank=True)
    prize = models.CharField(_("prize / budget"), max_length=120, blank=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    is_sample = models.BooleanField(_("sample data"), default=False)
    demo_key = models.CharField(max_length=80, blank=True, db_index=True)
    # Other-language versions of title, summary and description (duijie.versions).
    versions = GenericRelation("versions.ContentVersion")

    class Meta:
        ordering = ["-published_at", "-id"]
        verbose_name = _("listing")
        verbose_name_plural = _("listings")
        indexes = [
            models.Index(fields=["status", "kind"]),
            models.Index(fields=["expires_on"]),
            models.Index(fields=["updated_at"]),  # the matching engine syncs what changed
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(trl__isnull=True) | models.Q(trl__gte=1, trl__lte=9),
                name="listing_trl_range",
            ),
            models.CheckConstraint(
                condition=models.Q(budget_min__isnull=True)
                | models.Q(budget_max__isnull=True)
                | models.Q(budget_min__lte=models.F("budget_max")),
                name="listing_budget_order",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def is_offer(self) -> bool:
        return self.kind in OFFER_KINDS

    @property
    def is_anonymous(self) -> bool:
        return self.visibility == Visibility.ANONYMOUS


# The listing's history is the activity log's state changes (duijie.common.audit).
register_history("listings.listing", states=ListingStatus)
