from __future__ import annotations

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from duijie.common import phrases
from duijie.common.models.base import ContentLocale
from duijie.directory.models import Department
from duijie.taskforce.interfaces.form_fields import (
    check_lead_not_co,
    check_one_title,
    date_field,
    government_users_field,
    not_in_future,
    unit_field,
    units_field,
)
from duijie.taskforce.models import Assessment, ItemStatus, WorkItem, Workstream


class WorkItemForm(forms.ModelForm):
    lead_unit = unit_field(_("Lead unit (主办)"))
    co_units = units_field(_("Co-handling units (会办)"))
    owners = government_users_field(_("Owners"))
    start_date = date_field(_("Start date"))
    due_date = date_field(_("Due date"))

    class Meta:
        model = WorkItem
        fields = [
            "workstream",
            "title_zh",
            "title_en",
            "description",
            "content_locale",
            "lead_unit",
            "co_units",
            "owners",
            "start_date",
            "due_date",
            "reporting_period_days",
        ]
        widgets = {"description": forms.Textarea(attrs={"rows": 5})}

    def clean(self):
        data = super().clean()
        check_one_title(self)
        check_lead_not_co(self)
        start, due = data.get("start_date"), data.get("due_date")
        if start and due and due < start:
            self.add_error("due_date", _("The due date cannot be before the start date."))
        return data

    def domain_fields(self) -> dict:
        skip = {"co_units", "owners"}
        return {name: value for name, value in self.cleaned_data.items() if name not in skip}


class ReportForm(forms.Form):
    assessment = forms.ChoiceField(
        label=_("Assessment"), choices=Assessment.choices, widget=forms.RadioSelect
    )
    text = forms.CharField(
        label=_("Progress"), max_length=5000, widget=forms.Textarea(attrs={"rows": 4})
    )
    content_locale = forms.ChoiceField(label=phrases.WRITTEN_IN, choices=ContentLocale.choices)
    reported_on = date_field(_("Report date"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reported_on"].initial = timezone.localdate()

    def clean_reported_on(self):
        return not_in_future(self.cleaned_data["reported_on"])


class MilestoneForm(forms.Form):
    title_zh = forms.CharField(label=_("Title (Chinese)"), max_length=200, required=False)
    title_en = forms.CharField(label=_("Title (English)"), max_length=200, required=False)
    due_date = date_field(_("Due date"))

    def clean(self):
        data = super().clean()
        check_one_title(self)
        return data


class WorkItemFilterForm(forms.Form):
    q = forms.CharField(label=phrases.SEARCH, required=False, max_length=200)
    workstream = forms.ChoiceField(label=_("Workstream"), required=False)
    unit = forms.ChoiceField(label=_("Unit"), required=False)
    role = forms.ChoiceField(
        label=_("Role"),
        required=False,
        choices=[
            ("", _("Lead or co-handling")),
            ("lead", pgettext_lazy("unit role", "Lead")),
            ("co", _("Co-handling")),
        ],
    )
    status = forms.ChoiceField(
        label=phrases.STATUS, required=False, choices=[("", _("All statuses"))] + ItemStatus.choices
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        streams = [(w.code, w.name) for w in Workstream.objects.all()]
        self.fields["workstream"].choices = [("", _("All workstreams"))] + streams
        units = [(d.code, d.name) for d in Department.objects.all()]
        self.fields["unit"].choices = [("", _("All units"))] + units
