"""Forms for other-language versions: the side-by-side editor and the listing form's invitation."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from duijie.versions.domain.checks import text_problem, version_errors
from duijie.versions.domain.registry import VERSIONED


class VersionForm(forms.Form):
    """The fields of one version; lengths are checked by the domain's rule, so the message
    names the limit and the count, and what was typed is kept."""

    model_key = "listings.listing"
    title = forms.CharField(label=_("Title"), required=False)
    summary = forms.CharField(label=_("Summary"), required=False)
    description = forms.CharField(
        label=_("Description"), required=False, widget=forms.Textarea(attrs={"rows": 12})
    )

    def __init__(self, *args, obj, locale: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.obj, self.locale = obj, locale
        for field in self.fields.values():
            field.widget.attrs["lang"] = locale

    def clean(self):
        data = super().clean()
        for name, problem in version_errors(self.obj, self.locale, data).items():
            self.add_error(name, problem)
        return data

    def version_fields(self) -> dict:
        return {
            spec.name: self.cleaned_data.get(spec.name, "") for spec in VERSIONED[self.model_key]
        }


class ProfileVersionForm(VersionForm):
    model_key = "directory.organisation"
    title = None
    summary = None
    description = None
    profile = forms.CharField(
        label=_("Profile"), required=False, widget=forms.Textarea(attrs={"rows": 10})
    )


class SiteVersionForm(VersionForm):
    model_key = "projects.carriersite"
    title = None
    summary = None
    description = forms.CharField(
        label=_("Description"), required=False, widget=forms.Textarea(attrs={"rows": 10})
    )


class ParticipantVersionForm(VersionForm):
    model_key = "events.participant"
    title = None
    summary = None
    description = None
    offer = forms.CharField(
        label=_("What we offer"), required=False, widget=forms.Textarea(attrs={"rows": 5})
    )
    seek = forms.CharField(
        label=_("What we are looking for"), required=False, widget=forms.Textarea(attrs={"rows": 5})
    )


def field_language_errors(specs, data: dict, locale: str) -> dict[str, str]:
    """Problems of each filled-in field in `data` (keyed by spec name) as text in `locale`."""
    problems = {}
    for spec in specs:
        text = str(data.get(spec.name) or "")
        problem = text_problem(spec, text, locale) if text.strip() else ""
        if problem:
            problems[spec.name] = problem
    return problems
