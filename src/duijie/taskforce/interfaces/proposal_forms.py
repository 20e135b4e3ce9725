from __future__ import annotations

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from duijie.common import phrases
from duijie.common.models.base import ContentLocale
from duijie.directory.models import Department
from duijie.taskforce.domain.proposals import split_names
from duijie.taskforce.domain.replies import document_number_problem
from duijie.taskforce.interfaces.form_fields import (
    check_lead_not_co,
    date_field,
    not_in_future,
    unit_field,
    units_field,
)
from duijie.taskforce.models import (
    Disclosure,
    Feedback,
    HandlingResult,
    ProposalKind,
    ProposalStatus,
    StepKind,
)


class NamesField(forms.CharField):
    """A list of names typed separated by commas, 、 or line breaks."""

    def to_python(self, value):
        return split_names(super().to_python(value) or "")

    def prepare_value(self, value):
        return "、".join(value) if isinstance(value, list) else value


class ProposalForm(forms.Form):
    kind = forms.ChoiceField(label=phrases.KIND, choices=ProposalKind.choices)
    session = forms.CharField(
        label=pgettext_lazy("proposal", "Session"),
        max_length=80,
        help_text=_("e.g. 区十七届人大三次会议"),
    )
    number = forms.RegexField(
        label=_("Number"),
        max_length=20,
        regex=r"^[0-9A-Za-z\-]+$",
        error_messages={"invalid": _("Use digits and letters only, e.g. 0123.")},
    )
    proposers = NamesField(
        label=_("Proposers"), max_length=500, help_text=_("Separate names with commas or 、.")
    )
    subject = forms.CharField(label=pgettext_lazy("proposal", "Subject"), max_length=200)
    text = forms.CharField(
        label=_("Text"), max_length=20000, widget=forms.Textarea(attrs={"rows": 8})
    )
    content_locale = forms.ChoiceField(label=phrases.WRITTEN_IN, choices=ContentLocale.choices)
    received_on = date_field(_("Received on"))
    reply_due = date_field(_("Reply due"))

    def clean(self):
        data = super().clean()
        received, due = data.get("received_on"), data.get("reply_due")
        if received and due and due < received:
            self.add_error("reply_due", _("The reply cannot be due before it was received."))
        return data


class NewProposalForm(ProposalForm):
    lead_unit = unit_field(_("Lead unit (主办)"), required=False)
    co_units = units_field(_("Co-handling units (会办)"))

    def clean(self):
        data = super().clean()
        check_lead_not_co(self)
        if data.get("co_units") and not data.get("lead_unit"):
            self.add_error("lead_unit", _("Choose the lead unit before co-handling units."))
        return data


class AssignForm(forms.Form):
    lead_unit = unit_field(_("Lead unit (主办)"))
    co_units = units_field(_("Co-handling units (会办)"))

    def clean(self):
        data = super().clean()
        check_lead_not_co(self)
        return data


class StepForm(forms.Form):
    kind = forms.ChoiceField(label=_("What was done"), choices=StepKind.choices)
    happened_on = date_field(_("Date"))
    note = forms.CharField(
        label=phrases.NOTE, max_length=5000, widget=forms.Textarea(attrs={"rows": 3})
    )
    content_locale = forms.ChoiceField(label=phrases.WRITTEN_IN, choices=ContentLocale.choices)

    def clean_happened_on(self):
        return not_in_future(self.cleaned_data["happened_on"])


class ReplyForm(forms.Form):
    document_number = forms.CharField(
        label=_("Document number"), max_length=40, help_text=_("e.g. 杨府〔2023〕20号")
    )
    reply_date = date_field(_("Reply date"))
    handling_result = forms.ChoiceField(label=_("Handling result"), choices=HandlingResult.choices)
    disclosure = forms.ChoiceField(label=_("Disclosure"), choices=Disclosure.choices)
    body = forms.CharField(
        label=_("Reply text"),
        max_length=30000,
        widget=forms.Textarea(attrs={"rows": 16}),
        help_text=_(
            "The official reply is written in Chinese. Separate paragraphs with a blank line."
        ),
    )
    contact_person = forms.CharField(label=_("Contact person"), max_length=60)
    contact_phone = forms.CharField(label=_("Contact phone"), max_length=40, required=False)
    cc = NamesField(
        label=_("CC"),
        max_length=500,
        required=False,
        help_text=_("Separate recipients with commas or 、."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reply_date"].initial = timezone.localdate()

    def clean(self):
        data = super().clean()
        number = data.get("document_number")
        if number:
            problem = document_number_problem(number, data.get("reply_date"))
            if problem:
                self.add_error("document_number", problem)
        return data


class FeedbackForm(forms.Form):
    feedback = forms.ChoiceField(
        label=_("Proposers' feedback"), choices=Feedback.choices, widget=forms.RadioSelect
    )
    note = forms.CharField(
        label=phrases.NOTE,
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    received_on = date_field(_("Received on"))

    def clean_received_on(self):
        return not_in_future(self.cleaned_data["received_on"])


class ProposalFilterForm(forms.Form):
    q = forms.CharField(label=phrases.SEARCH, required=False, max_length=200)
    kind = forms.ChoiceField(
        label=phrases.KIND, required=False, choices=[("", phrases.ALL_KINDS)] + ProposalKind.choices
    )
    session = forms.ChoiceField(label=pgettext_lazy("proposal", "Session"), required=False)
    unit = forms.ChoiceField(label=_("Unit"), required=False)
    status = forms.ChoiceField(
        label=phrases.STATUS,
        required=False,
        choices=[("", _("All statuses"))] + ProposalStatus.choices,
    )
    handling_result = forms.ChoiceField(
        label=_("Handling result"),
        required=False,
        choices=[("", _("All results"))] + HandlingResult.choices,
    )

    def __init__(self, *args, sessions=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["session"].choices = [("", _("All sessions"))] + [(s, s) for s in sessions]
        units = [(d.code, d.name) for d in Department.objects.all()]
        self.fields["unit"].choices = [("", _("All units"))] + units
