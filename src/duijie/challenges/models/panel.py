from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from duijie.challenges.core.criteria import SCALE_MAX, SCALE_MIN
from duijie.challenges.models.application import Application
from duijie.challenges.models.challenge import Challenge, Criterion


class Expert(models.Model):
    """A platform user invited onto a challenge's evaluation panel."""

    challenge = models.ForeignKey(Challenge, on_delete=models.CASCADE, related_name="experts")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="challenge_panels"
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("expert")
        verbose_name_plural = _("experts")
        constraints = [
            models.UniqueConstraint(fields=["challenge", "user"], name="one_seat_per_expert")
        ]

    def __str__(self) -> str:
        return f"{self.challenge_id}: {self.user_id}"


class Review(models.Model):
    """One expert on one application: the conflict declaration, then the score sheet."""

    expert = models.ForeignKey(Expert, on_delete=models.CASCADE, related_name="reviews")
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="reviews")
    conflicted = models.BooleanField(_("conflict of interest"))
    conflict_note = models.CharField(_("nature of the conflict"), max_length=500, blank=True)
    declared_at = models.DateTimeField(auto_now_add=True)
    comment = models.TextField(_("overall comment"), max_length=3000, blank=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)

    class Meta:
        ordering = ["application", "expert"]
        verbose_name = _("review")
        verbose_name_plural = _("reviews")
        constraints = [
            models.UniqueConstraint(fields=["expert", "application"], name="one_review_per_pair")
        ]

    def __str__(self) -> str:
        return f"{self.expert_id} → {self.application_id}"


class Score(models.Model):
    """An expert's score on one criterion (0–10) with a comment in either language."""

    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="scores")
    criterion = models.ForeignKey(Criterion, on_delete=models.CASCADE, related_name="scores")
    value = models.PositiveSmallIntegerField(
        _("score"), validators=[MinValueValidator(SCALE_MIN), MaxValueValidator(SCALE_MAX)]
    )
    comment = models.TextField(_("comment"), max_length=2000, blank=True)

    class Meta:
        verbose_name = _("score")
        verbose_name_plural = _("scores")
        constraints = [
            models.UniqueConstraint(fields=["review", "criterion"], name="one_score_per_criterion"),
            models.CheckConstraint(
                condition=models.Q(value__gte=SCALE_MIN, value__lte=SCALE_MAX),
                name="score_in_scale",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.review_id}/{self.criterion_id}: {self.value}"
