"""Reading an exchange file into an import report: each row validated by the row form."""

from __future__ import annotations

from pathlib import Path

from django.utils.translation import gettext as _

from duijie.directory.models import Country
from duijie.exchange.core.report import Report, RowResult
from duijie.exchange.domain import imports
from duijie.exchange.interfaces.formats import read_rows
from duijie.exchange.interfaces.forms import ListingRowForm

SUFFIX = {"en": "en", "zh-hans": "zh"}


def _text(row: dict, name: str) -> str:
    value = row.get(name)
    return "" if value is None else str(value).strip()


def _list(row: dict, name: str) -> list[str]:
    value = row.get(name) or []
    return [str(item).strip() for item in value] if isinstance(value, list) else [str(value)]


def _form_data(row: dict) -> dict:
    language = _text(row, "language")
    suffix = SUFFIX.get(language, "")
    names = ["kind", "summary", "trl", "budget_min", "budget_max", "currency", "expires_on"]
    data = {name: _text(row, name) for name in names + ["deadline", "prize", "source_url"]}
    data.update(
        content_locale=language,
        title=_text(row, "title") or _text(row, f"title_{suffix}"),
        description=_text(row, "description") or _text(row, f"description_{suffix}"),
        sectors=_list(row, "sectors"),
        partnership_types=_list(row, "partnership"),
        keywords=", ".join(_list(row, "keywords")),
    )
    return data


def _versions(row: dict, language: str) -> dict[str, dict]:
    """Title and description in the language other than the original's, when given."""
    found = {}
    for locale, suffix in SUFFIX.items():
        title, description = _text(row, f"title_{suffix}"), _text(row, f"description_{suffix}")
        if locale != language and (title or description):
            found[locale] = {"title": title, "description": description}
    return found


def _organisation(row: dict, result: RowResult) -> dict:
    name, country = _text(row, "organisation"), _text(row, "organisation_country")
    if not name:
        result.fail("organisation", _("This field is required."))
    elif country and country not in Country.values:
        result.fail("organisation_country", _("Unknown country: %(value)s") % {"value": country})
    return {"name": name, "country": country}


def _check_row(number: int, row: dict | None, seen: set[str]) -> RowResult:
    result = RowResult(number=number)
    if row is None:
        result.fail("", _("This line is not a JSON object."))
        return result
    result.source_id = _text(row, "source_id")
    if not result.source_id:
        result.fail("source_id", _("This field is required."))
    elif result.source_id in seen:
        result.fail("source_id", _("This source_id appears twice in the file."))
    seen.add(result.source_id)
    form = ListingRowForm(data=_form_data(row))
    organisation = _organisation(row, result)
    if not form.is_valid():
        for column, message in form.column_errors():
            result.fail(column, message)
    if result.errors:
        return result
    data = dict(form.cleaned_data)
    result.values = {
        "sectors": [sector.code for sector in data.pop("sectors")],
        "source_url": data.pop("source_url"),
        "fields": data,
        "organisation": organisation,
        "versions": _versions(row, data["content_locale"]),
    }
    return result


def plan_import(path: Path, *, source: str) -> Report:
    """Validate every row and say what importing it would do; writes nothing."""
    report, seen = Report(), set()
    for number, row in read_rows(path):
        report.rows.append(_check_row(number, row, seen))
    imports.classify_rows(report.rows, source=source)
    return report
