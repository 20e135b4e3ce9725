"""The listing row form: the listing page's field rules and messages, applied to one row."""

from __future__ import annotations

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from duijie.directory.models import Sector
from duijie.listings.models import Listing, ListingKind, PartnershipType

# Form field → column of the exchange file, where the names differ.
COLUMN_OF = {"content_locale": "language", "partnership_types": "partnership"}


class ListingRowForm(forms.ModelForm):
    sectors = forms.ModelMultipleChoiceField(
        queryset=Sector.objects.all(), to_field_name="code", required=False
    )
    partnership_types = forms.MultipleChoiceField(choices=PartnershipType.choices, required=False)
    keywords = forms.CharField(required=False, max_length=500)
    source_url = forms.URLField(required=False, max_length=500, assume_scheme="https")

    class Meta:
        model = Listing
        fields = [
            "kind",
            "title",
            "summary",
            "description",
            "content_locale",
            "sectors",
            "keywords",
            "trl",
            "partnership_types",
            "budget_min",
            "budget_max",
            "currency",
            "expires_on",
            "deadline",
            "prize",
        ]

    def clean_keywords(self):
        raw = self.cleaned_data["keywords"].replace("，", ",").replace("、", ",")
        return [word.strip() for word in raw.split(",") if word.strip()][:20]

    def clean_expires_on(self):
        value = self.cleaned_data["expires_on"]
        if value and value <= timezone.localdate():
            raise forms.ValidationError(_("The expiry date must be in the future."))
        return value

    def clean(self):
        # The same cross-field rules as the listing page's form (listings.interfaces.forms).
        data = super().clean()
        low, high = data.get("budget_min"), data.get("budget_max")
        if low is not None and high is not None and low > high:
            self.add_error("budget_max", _("The upper budget must not be below the lower one."))
        if (low is not None or high is not None) and not data.get("currency"):
            self.add_error("currency", _("Choose the currency of the budget."))
        if data.get("kind") == ListingKind.CHALLENGE:
            if not data.get("deadline"):
                self.add_error("deadline", _("A challenge needs a deadline."))
            if not data.get("prize"):
                self.add_error("prize", _("A challenge states its prize or budget."))
        return data

    def column_errors(self) -> list[tuple[str, str]]:
        return [
            (COLUMN_OF.get(name, name), str(message))
            for name, messages in self.errors.items()
            for message in messages
        ]
