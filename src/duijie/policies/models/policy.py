import datetime

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from duijie.common.i18n import other, pick
from duijie.common.models.base import BilingualNameModel, TimeStampedModel


class PolicyTag(BilingualNameModel):
    """A topic of the policy library (regional headquarters, funding, ...)."""

    code = models.SlugField(_("code"), max_length=64, unique=True)

    class Meta:
        ordering = ["code"]
        verbose_name = _("policy tag")
        verbose_name_plural = _("policy tags")


class PolicyState(models.TextChoices):
    # Contexts: the catalogs of all areas are merged, and "Expired" means other things elsewhere.
    NOT_YET = "not_yet", pgettext_lazy("policy validity", "Not yet in force")
    IN_FORCE = "in_force", pgettext_lazy("policy validity", "In force")
    EXPIRED = "expired", pgettext_lazy("policy validity", "Expired")


class Policy(TimeStampedModel):
    """A published policy document, described in both languages.

    Empty fields mean "not verified against the published text", never "does not exist":
    the library shows a gap rather than an invented document number or date.
    """

    slug = models.SlugField(_("identifier"), max_length=80, unique=True)
    title_zh = models.CharField(_("title (Chinese)"), max_length=300)
    title_en = models.CharField(_("title (English)"), max_length=300)
    issuer_zh = models.CharField(_("issuing body (Chinese)"), max_length=200, blank=True)
    issuer_en = models.CharField(_("issuing body (English)"), max_length=200, blank=True)
    document_number = models.CharField(
        pgettext_lazy("policy", "document number"), max_length=80, blank=True
    )
    document_number_en = models.CharField(_("document number (English)"), max_length=80, blank=True)
    issued_on = models.DateField(_("issued on"), null=True, blank=True)
    valid_from = models.DateField(_("in force from"), null=True, blank=True)
    valid_to = models.DateField(_("in force until"), null=True, blank=True)
    summary_zh = models.TextField(_("summary (Chinese)"))
    summary_en = models.TextField(_("summary (English)"))
    full_text_zh = models.TextField(_("full text (Chinese)"), blank=True)
    full_text_en = models.TextField(_("full text (English)"), blank=True)
    tags = models.ManyToManyField(PolicyTag, verbose_name=_("tags"), blank=True)
    rule_set = models.CharField(_("eligibility rule set"), max_length=64, blank=True)
    source_url = models.URLField(_("source"), max_length=500, blank=True)
    sources = models.JSONField(_("sources consulted"), default=list, blank=True)
    verification = models.TextField(_("verification note"), blank=True)
    related_requests = models.ManyToManyField(
        "services.ConsultingRequest",
        verbose_name=_("related consulting requests"),
        related_name="policies",
        blank=True,
    )
    is_published = models.BooleanField(pgettext_lazy("policy", "published"), default=True)

    class Meta:
        ordering = ["-valid_from", "slug"]
        verbose_name = _("policy")
        verbose_name_plural = _("policies")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(valid_from__isnull=True)
                | models.Q(valid_to__isnull=True)
                | models.Q(valid_from__lte=models.F("valid_to")),
                name="policy_validity_order",
            )
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def title(self) -> str:
        return pick(self.title_zh, self.title_en)

    @property
    def other_title(self) -> str:
        """The title in the language the reader is not using, shown as a subtitle."""
        return other(self.title_zh, self.title_en)

    @property
    def issuer(self) -> str:
        return pick(self.issuer_zh, self.issuer_en)

    @property
    def summary(self) -> str:
        return pick(self.summary_zh, self.summary_en)

    @property
    def current_state(self) -> str:
        return self.state_on(timezone.localdate())

    def state_on(self, day: datetime.date) -> str:
        """In force, expired or not yet in force on `day`; both validity dates are inclusive."""
        if self.valid_from and day < self.valid_from:
            return PolicyState.NOT_YET
        if self.valid_to and day > self.valid_to:
            return PolicyState.EXPIRED
        return PolicyState.IN_FORCE


class PolicyArticle(models.Model):
    """One article of a policy: the Chinese text where verified, an English summary."""

    policy = models.ForeignKey(Policy, on_delete=models.CASCADE, related_name="articles")
    position = models.PositiveSmallIntegerField(_("position"))
    number = models.PositiveSmallIntegerField(_("article number"), null=True, blank=True)
    heading_zh = models.CharField(_("heading (Chinese)"), max_length=200, blank=True)
    heading_en = models.CharField(_("heading (English)"), max_length=200)
    text_zh = models.TextField(_("text (Chinese)"), blank=True)
    summary_en = models.TextField(_("summary (English)"))

    class Meta:
        ordering = ["policy", "position"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        constraints = [
            models.UniqueConstraint(fields=["policy", "position"], name="one_article_per_position")
        ]

    def __str__(self) -> str:
        return f"{self.policy_id}:{self.position} {self.heading_en}"

    @property
    def heading(self) -> str:
        return pick(self.heading_zh, self.heading_en)
