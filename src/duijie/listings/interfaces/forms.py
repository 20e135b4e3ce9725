from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from duijie.directory.models import Country, Sector
from duijie.listings.models import Listing, ListingKind, PartnershipType
from duijie.versions.domain.languages import other_locale
from duijie.versions.domain.registry import VERSIONED
from duijie.versions.interfaces.forms import field_language_errors

VERSION_FIELDS = {
    "other_title": "title",
    "other_summary": "summary",
    "other_description": "description",
}


class ListingForm(forms.ModelForm):
    sectors = forms.ModelMultipleChoiceField(
        label=_("Sectors"),
        queryset=Sector.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    partnership_types = forms.MultipleChoiceField(
        label=_("Partnership sought"),
        choices=PartnershipType.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    keywords = forms.CharField(
        label=_("Keywords"),
        required=False,
        max_length=500,
        help_text=_("Separate keywords with commas."),
    )
    # The invitation to write the other-language version in the same step (optional).
    other_title = forms.CharField(label=_("Title in the other language"), required=False)
    other_summary = forms.CharField(label=_("Summary in the other language"), required=False)
    other_description = forms.CharField(
        label=_("Description in the other language"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 8}),
    )

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
            "ip_status",
            "partnership_types",
            "budget_min",
            "budget_max",
            "currency",
            "target_region",
            "visibility",
            "expires_on",
            "deadline",
            "prize",
        ]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 8}),
            "expires_on": forms.DateInput(attrs={"type": "date"}),
            "deadline": forms.DateInput(attrs={"type": "date"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["keywords"] = ", ".join(self.instance.keywords)
        locale = self.initial.get("content_locale") or self.instance.content_locale or "zh-hans"
        self.other_locale = other_locale(locale)

    def set_version_initial(self, version) -> None:
        """Show the existing other-language version in the invitation fields."""
        if version is not None:
            for name, field in VERSION_FIELDS.items():
                self.initial[name] = version.text(field)

    def clean_keywords(self):
        raw = self.cleaned_data["keywords"].replace("，", ",").replace("、", ",")
        return [word.strip() for word in raw.split(",") if word.strip()][:20]

    def clean_expires_on(self):
        value = self.cleaned_data["expires_on"]
        if value and value <= timezone.localdate():
            raise forms.ValidationError(_("The expiry date must be in the future."))
        return value

    def clean(self):
        data = super().clean()
        low, high = data.get("budget_min"), data.get("budget_max")
        if low is not None and high is not None and low > high:
            self.add_error("budget_max", _("The upper budget must not be below the lower one."))
        if (low is not None or high is not None) and not data.get("currency"):
            self.add_error("currency", _("Choose the currency of the budget."))
        if data.get("kind") == ListingKind.CHALLENGE:
            self._clean_challenge(data)
        self._clean_languages(data)
        return data

    def _clean_languages(self, data):
        """Each text must be in the language it claims: English in the Chinese field is an error."""
        locale = data.get("content_locale")
        if not locale:
            return
        specs = VERSIONED["listings.listing"]
        for name, problem in field_language_errors(specs, data, locale).items():
            if name not in self.errors:
                self.add_error(name, problem)
        if not self.version_fields():
            return
        self.other_locale = other_locale(locale)
        other = {field: data.get(name, "") for name, field in VERSION_FIELDS.items()}
        for field, problem in field_language_errors(specs, other, self.other_locale).items():
            self.add_error(f"other_{field}", problem)
        for spec in specs:
            if spec.required and not str(other.get(spec.name) or "").strip():
                self.add_error(f"other_{spec.name}", _("This field is required."))

    def version_fields(self) -> dict:
        """The other-language version typed in this form (empty when none was, or unchanged)."""
        data = getattr(self, "cleaned_data", {})
        if not any(str(data.get(name) or "").strip() for name in VERSION_FIELDS):
            return {}
        if self.instance.pk and not any(name in self.changed_data for name in VERSION_FIELDS):
            return {}  # left as shown: an edit of the original alone leaves the version stale
        return {field: data.get(name, "") for name, field in VERSION_FIELDS.items()}

    def _clean_challenge(self, data):
        deadline = data.get("deadline")
        if not deadline:
            self.add_error("deadline", _("A challenge needs a deadline."))
        elif deadline <= timezone.localdate():
            self.add_error("deadline", _("The deadline must be in the future."))
        if not data.get("prize"):
            self.add_error("prize", _("A challenge states its prize or budget."))

    def domain_fields(self) -> dict:
        """The cleaned values for the domain function, without the many-to-many sectors."""
        skip = {"sectors", *VERSION_FIELDS}
        return {name: value for name, value in self.cleaned_data.items() if name not in skip}


class ListingFilterForm(forms.Form):
    # Long queries are not refused: the engine uses their first part and says so.
    q = forms.CharField(label=_("Search"), required=False)
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("All kinds"))] + ListingKind.choices
    )
    sector = forms.ChoiceField(label=_("Sector"), required=False)
    country = forms.ChoiceField(
        label=_("Country"), required=False, choices=[("", _("All countries"))] + Country.choices
    )
    trl_min = forms.IntegerField(label=_("TRL from"), required=False, min_value=1, max_value=9)
    trl_max = forms.IntegerField(label=_("TRL to"), required=False, min_value=1, max_value=9)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        sectors = [(s.code, s.name) for s in Sector.objects.all()]
        self.fields["sector"].choices = [("", _("All sectors"))] + sectors


class ReturnListingForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 3}))
