"""Form fields shared by the task-force forms."""

from __future__ import annotations

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from duijie.directory.models import Department, User


def unit_field(label, *, required: bool = True) -> forms.ModelChoiceField:
    return forms.ModelChoiceField(label=label, queryset=Department.objects.all(), required=required)


def units_field(label) -> forms.ModelMultipleChoiceField:
    return forms.ModelMultipleChoiceField(
        label=label,
        queryset=Department.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )


def government_users_field(label) -> forms.ModelMultipleChoiceField:
    return forms.ModelMultipleChoiceField(
        label=label,
        queryset=User.objects.filter(department__isnull=False, is_active=True)
        .select_related("department")
        .order_by("department__code", "full_name"),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )


def date_field(label, *, required: bool = True) -> forms.DateField:
    return forms.DateField(
        label=label, required=required, widget=forms.DateInput(attrs={"type": "date"})
    )


def not_in_future(value):
    if value and value > timezone.localdate():
        raise forms.ValidationError(_("This date cannot be in the future."))
    return value


def check_lead_not_co(form: forms.Form, lead_field: str = "lead_unit") -> None:
    lead, co = form.cleaned_data.get(lead_field), form.cleaned_data.get("co_units") or []
    if lead is not None and lead in co:
        form.add_error("co_units", _("The lead unit cannot also be a co-handling unit."))


def check_one_title(form: forms.Form, zh: str = "title_zh", en: str = "title_en") -> None:
    data = form.cleaned_data
    if not (data.get(zh) or "").strip() and not (data.get(en) or "").strip():
        form.add_error(zh, _("Give the title in at least one language."))
