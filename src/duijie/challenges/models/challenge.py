from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from duijie.common.models.audit import register_history
from duijie.common.models.base import ContentLocale, TimeStampedModel


class ChallengeStatus(models.TextChoices):
    DRAFT = "draft", pgettext_lazy("challenge status", "Draft")
    IN_REVIEW = "in_review", pgettext_lazy("challenge status", "In review")
    RETURNED = "returned", pgettext_lazy("challenge status", "Returned for changes")
    OPEN = "open", pgettext_lazy("challenge status", "Open for applications")
    EVALUATION = "evaluation", pgettext_lazy("challenge status", "Under evaluation")
    SHORTLIST = "shortlist", pgettext_lazy("challenge status", "Shortlist")
    PITCH = "pitch", pgettext_lazy("challenge status", "Pitch")
    AWARDED = "awarded", pgettext_lazy("challenge status", "Award announced")
    DELIVERY = "delivery", pgettext_lazy("challenge status", "Delivery")
    ACCEPTED = "accepted", pgettext_lazy("challenge status", "Accepted")
    TERMINATED = "terminated", pgettext_lazy("challenge status", "Terminated")
    CANCELLED = "cancelled", pgettext_lazy("challenge status", "Cancelled")
    NO_AWARD = "no_award", pgettext_lazy("challenge status", "Closed without award")


class Confidentiality(models.TextChoices):
    PUBLIC = "public", _("Everything public")
    NDA = "nda", _("Details only after accepting the NDA")


class Currency(models.TextChoices):
    CNY = "CNY", "CNY ¥"
    SGD = "SGD", "SGD S$"
    USD = "USD", "USD $"


class Challenge(TimeStampedModel):
    """An open challenge (揭榜挂帅): a problem, a reward, a deadline and a panel's decision."""

    organisation = models.ForeignKey(
        "directory.Organisation",
        verbose_name=_("issuing organisation"),
        on_delete=models.PROTECT,
        related_name="challenges",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    listing = models.OneToOneField(
        "listings.Listing",
        verbose_name=_("listing"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="challenge",
    )
    title = models.CharField(_("title"), max_length=200)
    problem = models.TextField(_("problem"), max_length=10000)
    expected_results = models.TextField(_("expected results"), max_length=5000)
    content_locale = models.CharField(_("written in"), max_length=8, choices=ContentLocale.choices)
    # The same text in the other interface language, when the owner provides it.
    title_other = models.CharField(_("title (other language)"), max_length=200, blank=True)
    problem_other = models.TextField(_("problem (other language)"), max_length=10000, blank=True)
    expected_results_other = models.TextField(
        _("expected results (other language)"), max_length=5000, blank=True
    )
    eligible_countries = models.JSONField(_("eligible countries"), default=list, blank=True)
    eligible_org_types = models.JSONField(
        _("eligible organisation types"), default=list, blank=True
    )
    trl_min = models.PositiveSmallIntegerField(
        _("TRL from"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(9)],
    )
    trl_max = models.PositiveSmallIntegerField(
        _("TRL to"), null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(9)]
    )
    reward_amount = models.PositiveBigIntegerField(_("reward amount"), null=True, blank=True)
    reward_currency = models.CharField(
        _("currency"), max_length=3, choices=Currency.choices, default=Currency.CNY
    )
    reward_in_kind = models.CharField(_("reward in kind"), max_length=300, blank=True)
    deadline = models.DateTimeField(_("application deadline"))
    required_documents = models.TextField(_("required documents"), max_length=2000, blank=True)
    confidentiality = models.CharField(
        _("confidentiality"),
        max_length=8,
        choices=Confidentiality.choices,
        default=Confidentiality.PUBLIC,
    )
    confidential_details = models.TextField(_("confidential details"), max_length=10000, blank=True)
    nda_text = models.TextField(_("non-disclosure terms"), max_length=5000, blank=True)
    blind_review = models.BooleanField(_("blind review"), default=False)
    status = models.CharField(
        _("status"), max_length=12, choices=ChallengeStatus.choices, default=ChallengeStatus.DRAFT
    )
    status_reason = models.TextField(_("reason"), max_length=2000, blank=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    pitch_event = models.ForeignKey(
        "events.Event",
        verbose_name=_("pitch session"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    publish_result = models.BooleanField(_("publish the result"), default=False)
    decision = models.TextField(_("decision"), max_length=5000, blank=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    is_sample = models.BooleanField(_("sample data"), default=False)
    demo_key = models.CharField(max_length=80, blank=True, db_index=True)

    class Meta:
        ordering = ["deadline", "-id"]
        verbose_name = _("challenge")
        verbose_name_plural = _("challenges")
        indexes = [models.Index(fields=["status", "deadline"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(trl_min__isnull=True)
                | models.Q(trl_max__isnull=True)
                | models.Q(trl_min__lte=models.F("trl_max")),
                name="challenge_trl_order",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def needs_nda(self) -> bool:
        return self.confidentiality == Confidentiality.NDA


class Criterion(models.Model):
    """One evaluation criterion with its weight in percent; a challenge's weights add to 100."""

    challenge = models.ForeignKey(Challenge, on_delete=models.CASCADE, related_name="criteria")
    name = models.CharField(_("criterion"), max_length=200)
    description = models.CharField(_("what the experts look for"), max_length=500, blank=True)
    weight = models.PositiveSmallIntegerField(
        _("weight (%)"), validators=[MinValueValidator(1), MaxValueValidator(100)]
    )
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("evaluation criterion")
        verbose_name_plural = _("evaluation criteria")

    def __str__(self) -> str:
        return f"{self.name} ({self.weight}%)"


# A challenge's history is the activity log's state changes (duijie.common.audit).
register_history("challenges.challenge", states=ChallengeStatus)


class NdaAcceptance(models.Model):
    """A user accepted the challenge's non-disclosure terms (click-through), on record."""

    challenge = models.ForeignKey(Challenge, on_delete=models.CASCADE, related_name="ndas")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    organisation = models.ForeignKey(
        "directory.Organisation", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    terms = models.TextField(blank=True)  # the wording accepted, kept if the owner edits it
    accepted_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("NDA acceptance")
        verbose_name_plural = _("NDA acceptances")
        constraints = [
            models.UniqueConstraint(fields=["challenge", "user"], name="one_nda_per_user")
        ]

    def __str__(self) -> str:
        return f"{self.challenge_id}: {self.user_id}"
