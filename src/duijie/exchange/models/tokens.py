from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Scope(models.TextChoices):
    LISTINGS_READ = "listings:read", _("Read public listings")
    LISTINGS_WRITE = "listings:write", _("Create listings")
    CHALLENGES_READ = "challenges:read", _("Read challenges")
    EVENTS_READ = "events:read", _("Read events")
    INTERESTS_WRITE = "interests:write", _("Express interest")
    FEED_READ = "feed:read", _("Read the change feed")


WRITE_SCOPES = {Scope.LISTINGS_WRITE, Scope.INTERESTS_WRITE}


class PartnerPlatform(models.Model):
    """Another platform (e.g. InnoMatch) that reads from or writes to Duijie."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("code"), max_length=64, unique=True)
    website = models.URLField(_("website"), blank=True)

    class Meta:
        verbose_name = _("partner platform")
        verbose_name_plural = _("partner platforms")

    def __str__(self) -> str:
        return self.name


class ApiToken(models.Model):
    """A scoped secret for partner systems; only its SHA-256 is kept, the secret is shown once."""

    name = models.CharField(_("name"), max_length=120)
    # The public part of the secret, to find the row without comparing hashes one by one.
    prefix = models.CharField(max_length=16, unique=True)
    secret_hash = models.CharField(max_length=64)
    organisation = models.ForeignKey(
        "directory.Organisation",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="api_tokens",
        verbose_name=_("organisation"),
    )
    partner = models.ForeignKey(
        PartnerPlatform,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="api_tokens",
        verbose_name=_("partner platform"),
    )
    # The account a write is made in the name of (a member of `organisation`).
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="api_tokens",
        verbose_name=_("acts as"),
    )
    scopes = models.JSONField(_("scopes"), default=list)
    expires_at = models.DateTimeField(_("expires"))
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(organisation__isnull=True, partner__isnull=False)
                | models.Q(organisation__isnull=False, partner__isnull=True),
                name="api_token_one_owner",
            )
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @property
    def owner(self):
        return self.organisation or self.partner

    def is_active(self, now=None) -> bool:
        now = now or timezone.now()
        return self.revoked_at is None and self.expires_at > now
