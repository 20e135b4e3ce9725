"""Forms of the notification centre, bound by the pages and by the API alike."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from duijie.common.models.notifications import Delivery, NotificationKind

MAX_IDS = 500


class IdListField(forms.Field):
    """A list of positive whole numbers (checkboxes on a page, a JSON list in the API)."""

    widget = forms.SelectMultiple

    def to_python(self, value):
        if value in (None, "", []):
            return []
        if not isinstance(value, list | tuple):
            raise forms.ValidationError(_("Give a list of notification numbers."), code="invalid")
        if len(value) > MAX_IDS:
            raise forms.ValidationError(
                _("Give at most %(limit)s notification numbers at once."),
                code="too_many",
                params={"limit": MAX_IDS},
            )
        try:
            ids = [int(item) for item in value if not isinstance(item, bool)]
        except (TypeError, ValueError):
            ids = []
        if len(ids) != len(value) or any(item < 1 or item > 2**62 for item in ids):
            raise forms.ValidationError(_("Give a list of notification numbers."), code="invalid")
        return ids


class MarkReadForm(forms.Form):
    """Which notifications to mark read: some by number, or all of them."""

    ids = IdListField(required=False)
    all = forms.BooleanField(required=False)

    def clean(self):
        data = super().clean()
        if not self.errors and not data.get("ids") and not data.get("all"):
            raise forms.ValidationError(
                _("Choose notifications to mark as read, or all of them."), code="required"
            )
        return data

    def chosen_ids(self) -> list[int] | None:
        """The numbers to mark, or None for all."""
        return None if self.cleaned_data["all"] else self.cleaned_data["ids"]


class NotificationPreferencesForm(forms.Form):
    """One delivery choice per kind of notification."""

    def __init__(self, *args, current: dict[str, str], **kwargs):
        super().__init__(*args, **kwargs)
        for kind in NotificationKind:
            self.fields[kind.value] = forms.ChoiceField(
                label=kind.label, choices=Delivery.choices, initial=current[kind.value]
            )
