from django.db import models
from django.utils.translation import gettext_lazy as _

from duijie.common.i18n import pick


class TimeStampedModel(models.Model):
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        abstract = True


class ContentLocale(models.TextChoices):
    """The language a user wrote a text in; kept so search and matching know what they read."""

    ZH_HANS = "zh-hans", "简体中文"
    EN = "en", "English"


class BilingualNameModel(models.Model):
    """Staff-entered labels hold both languages; `name` picks the reader's."""

    name_zh = models.CharField(_("name (Chinese)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:

        return pick(self.name_zh, self.name_en)
