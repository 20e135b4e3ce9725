from django.db import models
from django.utils.translation import gettext_lazy as _


class ExternalRecord(models.Model):
    """Where an imported listing came from: its stable id on the source platform."""

    listing = models.OneToOneField(
        "listings.Listing", on_delete=models.CASCADE, related_name="external_record"
    )
    source = models.CharField(_("source"), max_length=64)
    source_id = models.CharField(_("source id"), max_length=200)
    source_url = models.URLField(_("source URL"), blank=True, max_length=500)
    imported_at = models.DateTimeField(_("imported"), auto_now=True)

    class Meta:
        verbose_name = _("external record")
        verbose_name_plural = _("external records")
        constraints = [
            models.UniqueConstraint(fields=["source", "source_id"], name="external_record_unique")
        ]

    def __str__(self) -> str:
        return f"{self.source}:{self.source_id}"
