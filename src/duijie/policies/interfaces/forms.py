"""Forms of the policy library: search filters and the regional-HQ eligibility check."""

from __future__ import annotations

import unicodedata
from decimal import Decimal, InvalidOperation

from django import forms
from django.utils.translation import gettext_lazy as _

from duijie.common import phrases
from duijie.policies.core import FACT_SPECS, FactError, validate_facts
from duijie.policies.domain.eligibility import (
    MAX_AMOUNT,
    error_message,
    fact_label,
    reader_language,
)
from duijie.policies.models import PolicyState, PolicyTag

# Grouping characters people type in amounts: 2,000,000 · 2 000 000 · 2，000，000.
GROUPING = str.maketrans("", "", ", _，\u00a0\u202f'")

FACT_HELP = {
    "entity_type": _("A branch has no legal personality of its own."),
    "parent_ownership_pct": _("Percent, 0 to 100, direct and indirect holdings together."),
    "parent_total_assets_usd": _("In US dollars, e.g. 250000000 for US$250 million."),
    "registered_capital_usd": _("In US dollars. Not needed for a branch."),
    "branch_operating_funds_usd": _(
        "Only for a branch: US dollars allocated by the head office over the last three years."
    ),
    "years_operating_in_shanghai": _("In years; fractions such as 1.5 are fine."),
    "prior_year_revenue_rmb": _("In yuan (RMB), e.g. 1200000000 for RMB 1.2 billion."),
    "parent_bu_revenue_share_pct": _("Percent, 0 to 100."),
    "serious_dishonesty_last_3y": _("A serious dishonesty (严重失信) record in the credit system."),
}
UNKNOWN = ("", _("Not known"))


class PolicyFilterForm(forms.Form):
    q = forms.CharField(label=phrases.SEARCH, required=False, max_length=200)
    tag = forms.ChoiceField(label=_("Tag"), required=False)
    state = forms.ChoiceField(
        label=_("Validity"),
        required=False,
        choices=[("", _("Any"))] + PolicyState.choices,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        tags = [(tag.code, tag.name) for tag in PolicyTag.objects.all()]
        self.fields["tag"].choices = [("", _("All tags"))] + tags


class FactNumberField(forms.CharField):
    """A number a company states; text, negatives and (for percents) values over 100 are refused."""

    def __init__(self, *args, percent: bool = False, **kwargs):
        self.percent = percent
        kwargs.update(required=False, max_length=40)
        super().__init__(*args, **kwargs)
        self.widget.attrs.update({"inputmode": "decimal", "autocomplete": "off"})

    def clean(self, value):
        text = unicodedata.normalize("NFKC", super().clean(value) or "").translate(GROUPING)
        if not text:
            return None
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise forms.ValidationError(_lazy_error("not_a_number"), code="not_a_number") from None
        if not number.is_finite() or abs(number) > MAX_AMOUNT:
            raise forms.ValidationError(_lazy_error("not_finite"), code="not_finite")
        if number < 0:
            raise forms.ValidationError(_lazy_error("negative"), code="negative")
        if self.percent and number > 100:
            raise forms.ValidationError(_lazy_error("over_100_percent"), code="over_100_percent")
        return int(number) if number == number.to_integral_value() else float(number)


def _lazy_error(code: str) -> str:
    return error_message(FactError("", code, ""))


class RhqEligibilityForm(forms.Form):
    """One field per fact of the rule engine; every field may stay empty (= not known)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        language = reader_language()
        for name, spec in FACT_SPECS.items():
            self.fields[name] = _fact_field(spec, language)
            self.fields[name].label = fact_label(name, language)
            self.fields[name].help_text = FACT_HELP.get(name, "")

    def clean(self):
        data = super().clean()
        # The engine checks again; anything it refuses is shown on its field.
        for error in validate_facts(self.facts(data)):
            field = error.field if error.field in self.fields else None
            self.add_error(field, error_message(error))
        return data

    def facts(self, data: dict | None = None) -> dict:
        """The facts JSON the engine and the API take: numbers, booleans, choices or None."""
        data = self.cleaned_data if data is None else data
        return {name: data.get(name) for name in FACT_SPECS if name in data}


def _fact_field(spec, language: str) -> forms.Field:
    if spec.kind == "choice":
        choices = [(key, label.get(language)) for key, label in spec.choices.items()]
        return forms.TypedChoiceField(choices=[UNKNOWN, *choices], required=False, empty_value=None)
    if spec.kind == "boolean":
        return forms.TypedChoiceField(
            choices=[UNKNOWN, ("false", _("No")), ("true", _("Yes"))],
            coerce=lambda value: value == "true",
            required=False,
            empty_value=None,
        )
    return FactNumberField(percent=spec.kind == "percent")
