from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from duijie.common import phrases
from duijie.directory.models import Department, Organisation, Sector, User
from duijie.projects.models import (
    CarrierSite,
    District,
    InvestmentProject,
    SiteKind,
    SpaceType,
    Stage,
)


def sectors_field(label=None) -> forms.ModelMultipleChoiceField:
    return forms.ModelMultipleChoiceField(
        label=label or phrases.SECTORS,
        queryset=Sector.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )


class ProjectForm(forms.ModelForm):
    sectors = sectors_field()
    investor = forms.ModelChoiceField(
        label=pgettext_lazy("project party", "Investor"),
        queryset=Organisation.objects.order_by("name_en", "name_zh"),
        help_text=_("Register the investor in the organisation directory first."),
    )
    owner = forms.ModelChoiceField(
        label=_("Project manager"),
        queryset=User.objects.filter(department__isnull=False, is_active=True),
        required=False,
    )

    class Meta:
        model = InvestmentProject
        fields = [
            "name_zh",
            "name_en",
            "investor",
            "sectors",
            "description",
            "content_locale",
            "investment_amount",
            "currency",
            "jobs",
            "space_area_m2",
            "space_type",
            "rent_budget",
            "responsible_unit",
            "owner",
        ]
        widgets = {"description": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, units=None, **kwargs):
        super().__init__(*args, **kwargs)
        if units is not None:  # non-coordinators record projects for their own unit only
            self.fields["responsible_unit"].queryset = units

    def clean(self):
        data = super().clean()
        if not data.get("name_zh") and not data.get("name_en"):
            self.add_error("name_zh", _("Give the name in at least one language."))
        return data

    def domain_fields(self) -> dict:
        return {k: v for k, v in self.cleaned_data.items() if k != "sectors"}


class StageForm(forms.Form):
    to = forms.ChoiceField(label=_("Move to"), choices=Stage.choices)
    note = forms.CharField(
        label=phrases.NOTE,
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Required when dropping the project: say why."),
    )

    def __init__(self, *args, allowed=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["to"].choices = [(s, Stage(s).label) for s in allowed]

    def clean(self):
        data = super().clean()
        if data.get("to") == Stage.DROPPED and not (data.get("note") or "").strip():
            self.add_error("note", _("Give the reason for dropping the project."))
        return data


class ProjectFilterForm(forms.Form):
    q = forms.CharField(label=phrases.SEARCH, required=False, max_length=200)
    stage = forms.ChoiceField(
        label=_("Stage"), required=False, choices=[("", _("All stages"))] + Stage.choices
    )
    sector = forms.ChoiceField(label=phrases.SECTOR, required=False)
    unit = forms.ChoiceField(label=_("Responsible unit"), required=False)
    space_type = forms.ChoiceField(
        label=_("Space type"), required=False, choices=[("", _("All types"))] + SpaceType.choices
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        sectors = [(s.code, s.name) for s in Sector.objects.all()]
        self.fields["sector"].choices = [("", phrases.ALL_SECTORS)] + sectors
        units = [(d.code, d.name) for d in Department.objects.all()]
        self.fields["unit"].choices = [("", _("All units"))] + units


class SiteForm(forms.ModelForm):
    sectors = sectors_field(_("Sectors suited"))
    space_types = forms.MultipleChoiceField(
        label=_("Space types"), choices=SpaceType.choices, widget=forms.CheckboxSelectMultiple
    )
    operator = forms.ModelChoiceField(
        label=_("Operator"),
        queryset=Organisation.objects.order_by("name_en", "name_zh"),
        required=False,
    )

    class Meta:
        model = CarrierSite
        fields = [
            "name_zh",
            "name_en",
            "kind",
            "parent",
            "district",
            "address_zh",
            "address_en",
            "space_types",
            "available_area_m2",
            "rent_min",
            "rent_max",
            "sectors",
            "operator",
            "contact_unit",
            "description",
            "content_locale",
            "is_available",
        ]
        widgets = {"description": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        parents = CarrierSite.objects.exclude(kind=SiteKind.IDLE_FLOOR)
        if self.instance.pk:
            parents = parents.exclude(pk=self.instance.pk)
        self.fields["parent"].queryset = parents

    def clean(self):
        data = super().clean()
        if not data.get("name_zh") and not data.get("name_en"):
            self.add_error("name_zh", _("Give the name in at least one language."))
        low, high = data.get("rent_min"), data.get("rent_max")
        if low is not None and high is not None and low > high:
            self.add_error("rent_max", _("The highest rent must not be below the lowest."))
        return data

    def domain_fields(self) -> dict:
        return {k: v for k, v in self.cleaned_data.items() if k != "sectors"}


class SiteFilterForm(forms.Form):
    q = forms.CharField(label=phrases.SEARCH, required=False, max_length=200)
    kind = forms.ChoiceField(
        label=phrases.KIND, required=False, choices=[("", phrases.ALL_KINDS)] + SiteKind.choices
    )
    district = forms.ChoiceField(
        label=_("District"), required=False, choices=[("", _("All districts"))] + District.choices
    )
    space_type = forms.ChoiceField(
        label=_("Space type"), required=False, choices=[("", _("All types"))] + SpaceType.choices
    )
    sector = forms.ChoiceField(label=phrases.SECTOR, required=False)
    min_area = forms.IntegerField(label=_("At least (m²)"), required=False, min_value=0)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        sectors = [(s.code, s.name) for s in Sector.objects.all()]
        self.fields["sector"].choices = [("", phrases.ALL_SECTORS)] + sectors
