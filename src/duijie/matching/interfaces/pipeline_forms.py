"""Forms of the broker pipeline: the queue's filters and a case's stage."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from duijie.common.models.base import ContentLocale
from duijie.directory.models import Sector
from duijie.directory.models.organisations import Country
from duijie.matching.domain.pipeline import QueueFilters
from duijie.matching.models import CaseStage

ANY = [("", pgettext_lazy("filter", "Any"))]


class QueueFilterForm(forms.Form):
    sector = forms.ChoiceField(label=_("Sector"), required=False)
    language = forms.ChoiceField(
        label=_("Written in"), choices=ANY + ContentLocale.choices, required=False
    )
    country = forms.ChoiceField(label=_("Country"), choices=ANY + Country.choices, required=False)
    older_than_days = forms.IntegerField(
        label=_("Waiting for at least (days)"), min_value=1, max_value=3650, required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sector"].choices = ANY + [(s.code, s.name) for s in Sector.objects.all()]

    def filters(self) -> QueueFilters:
        data = self.cleaned_data if self.is_valid() else {}
        return QueueFilters(
            sector=data.get("sector", ""),
            language=data.get("language", ""),
            country=data.get("country", ""),
            older_than_days=data.get("older_than_days"),
        )


class CaseForm(forms.Form):
    stage = forms.ChoiceField(
        label=pgettext_lazy("broker case", "Stage"), choices=CaseStage.choices
    )
    next_step = forms.CharField(label=_("Next step"), max_length=300, required=False)
    next_step_on = forms.DateField(
        label=_("Next step by"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    outcome_note = forms.CharField(
        label=_("Outcome (when closing)"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
