from django.db import models
from django.utils.translation import gettext_lazy as _


class FeedAction(models.TextChoices):
    CREATED = "created", _("Published")
    CHANGED = "changed", _("Changed")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class FeedHead(models.Model):
    """One row, locked while an entry is appended, so entries commit in the order of their ids."""

    appended = models.PositiveBigIntegerField(default=0)

    def __str__(self) -> str:
        return str(self.appended)


class FeedEntry(models.Model):
    """An append-only record of a public listing appearing, changing or disappearing."""

    listing_id = models.BigIntegerField(db_index=True)
    action = models.CharField(max_length=10, choices=FeedAction.choices)
    # What a partner mirrors: the exchange record of the listing as it was (empty if withdrawn).
    record = models.JSONField(default=dict)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]
        verbose_name = _("feed entry")
        verbose_name_plural = _("feed entries")

    def __str__(self) -> str:
        return f"{self.pk} {self.action} {self.listing_id}"
