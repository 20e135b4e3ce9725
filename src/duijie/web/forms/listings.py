from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from duijie.directory.models import Country, Sector
from duijie.listings.models import Listing, ListingKind, PartnershipType


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

    class Meta:
        model = Listing
        fields = [
            "kind",
            "title",
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
        return data

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
        return {name: value for name, value in self.cleaned_data.items() if name != "sectors"}


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
