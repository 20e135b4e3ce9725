"""The regional-HQ eligibility check for pages and the API, on top of the pure core.

The core validates facts and evaluates the versioned rule files; this module picks the
rules in force today, translates the core's error codes and lays out a report in the
reader's language using the rule set's own bilingual labels.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.utils import translation
from django.utils.translation import gettext_lazy as _

from duijie.policies.core import (
    FACT_SPECS,
    RHQ_FAMILY,
    CategoryResult,
    EligibilityReport,
    FactError,
    FactValidationError,
    check_eligibility,
)

MAX_AMOUNT = 10**18

ERROR_MESSAGES = {
    "invalid_json": _("The request body is not valid JSON."),
    "not_an_object": _("Send the facts as one JSON object."),
    "unknown_fact": _("This is not one of the facts the check uses."),
    "invalid_choice": _("Choose one of the listed options."),
    "not_a_number": _("Enter a number (or leave it empty if you do not know)."),
    "not_finite": _("Enter an ordinary number."),
    "negative": _("This cannot be negative."),
    "over_100_percent": _("A percentage cannot be more than 100."),
    "not_a_boolean": _("Answer yes or no (or leave it empty if you do not know)."),
}

VERDICTS = {
    True: ("eligible", _("Meets the conditions")),
    False: ("not_eligible", _("Does not meet the conditions")),
    None: ("undecided", _("Cannot decide yet")),
}

STATUS_LABELS = {
    "met": _("met"),
    "missed": _("not met"),
    "unknown": _("not known yet"),
    "not_applicable": _("does not apply"),
}


def error_message(error: FactError) -> str:
    """The reader's-language message for one of the core's stable error codes."""
    return str(ERROR_MESSAGES.get(error.code, error.message))


def errors_by_field(errors) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for error in errors:
        grouped.setdefault(error.field, []).append(error_message(error))
    return grouped


def run_rhq_check(
    facts: object, *, today: datetime.date, policy_id: str | None = None
) -> EligibilityReport:
    """Validate and evaluate; raises the core's FactValidationError or RuleSetNotFound."""
    oversized = oversized_numbers(facts)
    if oversized:
        raise FactValidationError(oversized)
    on = None if policy_id else today
    return check_eligibility(facts, family=RHQ_FAMILY, policy_id=policy_id, on=on)


def oversized_numbers(facts: object) -> list[FactError]:
    """Integers too large for a float, which the core's finiteness check cannot take.

    JSON allows integers of any length; no company fact comes near 10^18, so such a value
    is refused like infinity instead of failing inside the core.
    """
    if not isinstance(facts, dict):
        return []
    return [
        FactError(name, "not_finite", "Must be a finite number.")
        for name, value in facts.items()
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_AMOUNT
    ]


def reader_language() -> str:
    return translation.get_language() or "zh-hans"


def fact_label(name: str, language: str | None = None) -> str:
    return FACT_SPECS[name].label.get(language or reader_language())


@dataclass(frozen=True)
class CriterionLine:
    label: str
    status: str
    status_label: str


@dataclass(frozen=True)
class CategoryView:
    id: str
    label: str
    note: str
    verdict: str
    verdict_label: str
    criteria: tuple[CriterionLine, ...]
    needed: tuple[str, ...]


def present_report(report: EligibilityReport) -> list[CategoryView]:
    """Each category's verdict and criteria in the reader's language, for the result page."""
    language = reader_language()
    return [_category_view(result, language) for result in report.results]


def _category_view(result: CategoryResult, language: str) -> CategoryView:
    verdict, verdict_label = VERDICTS[result.eligible]
    category = result.category
    return CategoryView(
        id=category.id,
        label=category.label.get(language),
        note=category.note.get(language) if category.note else "",
        verdict=verdict,
        verdict_label=str(verdict_label),
        criteria=tuple(
            CriterionLine(
                label=outcome.criterion.label.get(language),
                status=outcome.status,
                status_label=str(STATUS_LABELS[outcome.status]),
            )
            for outcome in result.outcomes
        ),
        needed=tuple(fact_label(name, language) for name in result.needed),
    )
