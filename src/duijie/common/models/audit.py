from collections.abc import Mapping

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

# Each area names its own states and verbs (common imports no area): see register_history.
_STATES: dict[str, type[models.TextChoices]] = {}
_VERBS: dict[str, str] = {}


def register_history(
    target_type: str,
    *,
    states: type[models.TextChoices] | None = None,
    verbs: Mapping[str, str] | None = None,
) -> None:
    """Let the activity log show an area's states and verbs in the reader's language."""
    if states is not None:
        _STATES[target_type] = states
    _VERBS.update(verbs or {})


class AuditEvent(models.Model):
    """The one activity log: who did what to which object, and the state it moved between.

    History panels read the entries that carry a state (`to_state`); the admin reads all.
    """

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    verb = models.CharField(_("action"), max_length=64)
    target_type = models.CharField(max_length=64)
    target_id = models.CharField(max_length=64)
    from_state = models.CharField(_("state before"), max_length=32, blank=True)
    to_state = models.CharField(_("state after"), max_length=32, blank=True)
    reason = models.TextField(_("reason"), blank=True)
    data = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["target_type", "target_id"])]
        verbose_name = _("audit event")
        verbose_name_plural = _("audit events")

    def __str__(self) -> str:
        return f"{self.verb} {self.target_type}:{self.target_id}"

    @property
    def label(self) -> str:
        """What happened, in the reader's language (the verb itself when no area named it)."""
        return str(_VERBS.get(self.verb, self.verb))

    @property
    def to_state_label(self) -> str:
        return self._state_label(self.to_state)

    @property
    def from_state_label(self) -> str:
        return self._state_label(self.from_state)

    def _state_label(self, value: str) -> str:
        states = _STATES.get(self.target_type)
        if not value or states is None or value not in states.values:
            return value
        return str(states(value).label)
