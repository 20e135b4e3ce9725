from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _

from duijie.common.models.base import ContentLocale, TimeStampedModel


class VersionSource(models.TextChoices):
    """Who wrote an other-language version: the readers' measure of how far to trust it."""

    AUTHOR = "author", _("the author")
    STAFF = "staff", _("platform staff")
    BROKER = "broker", _("a technology broker")
    NONE = "none", _("unattributed")


class ContentVersion(TimeStampedModel):
    """One other-language version of a user-written text (a listing, a profile, …).

    The original stays on its own row in its `content_locale`; this row holds the same fields
    in the other language, who wrote them, and a hash of the original they were written from:
    when the original changes, the hash no longer matches and the version is stale.
    """

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    content_object = GenericForeignKey("content_type", "object_id")
    language = models.CharField(_("language"), max_length=8, choices=ContentLocale.choices)
    fields = models.JSONField(_("text"), default=dict)
    source = models.CharField(
        _("written by"), max_length=10, choices=VersionSource.choices, default=VersionSource.NONE
    )
    translator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="content_versions",
        verbose_name=_("translator"),
    )
    translated_at = models.DateTimeField(_("translated"))
    source_hash = models.CharField(max_length=64)
    is_stale = models.BooleanField(_("out of date"), default=False)

    class Meta:
        verbose_name = _("language version")
        verbose_name_plural = _("language versions")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "language"], name="one_version_per_language"
            )
        ]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self) -> str:
        return f"{self.content_type_id}:{self.object_id} [{self.language}]"

    def text(self, field: str) -> str:
        return str((self.fields or {}).get(field, "") or "")
