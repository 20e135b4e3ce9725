from django import forms
from django.utils.translation import gettext_lazy as _

from duijie.common import phrases
from duijie.directory.models import Membership, Organisation, Sector


class OrganisationForm(forms.ModelForm):
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")
    sectors = forms.ModelMultipleChoiceField(
        label=phrases.SECTORS,
        queryset=Sector.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    class Meta:
        model = Organisation
        fields = [
            "name_zh",
            "name_en",
            "country",
            "city",
            "district",
            "org_type",
            "sectors",
            "srdi_level",
            "size_band",
            "uscc",
            "uen",
            "website",
            "profile",
            "content_locale",
        ]
        widgets = {"profile": forms.Textarea(attrs={"rows": 5})}

    def clean(self):
        data = super().clean()
        if not data.get("name_zh") and not data.get("name_en"):
            self.add_error("name_zh", _("Give the organisation's name in at least one language."))
        if data.get("country") == "CN" and not data.get("uscc"):
            self.add_error(
                "uscc", _("Chinese organisations give their unified social credit code.")
            )
        if data.get("country") == "SG" and not data.get("uen"):
            self.add_error("uen", _("Singapore organisations give their UEN."))
        return data

    def clean_uscc(self):
        return self.cleaned_data["uscc"].strip().upper()

    def clean_uen(self):
        return self.cleaned_data["uen"].strip().upper()


class AddMemberForm(forms.Form):
    email = forms.EmailField(label=_("Email address of their account"))
    role = forms.ChoiceField(
        label=_("Role"), choices=Membership.Role.choices, initial=Membership.Role.MEMBER
    )
