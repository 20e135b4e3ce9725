"""Excel exports of lists (requests, work items, proposals, event reports).

Text from users is written as text: a cell starting with `=`, `+`, `-`, `@`, a tab or a
carriage return is stored as a string with Excel's quote prefix, so it never becomes a
formula (formula injection); `csv_cell` does the same for CSV with a leading apostrophe.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from decimal import Decimal

from django.http import HttpResponse
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE as _CONTROL
from openpyxl.styles import Font

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# What makes Excel, LibreOffice or Google Sheets read a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def build_workbook(headers: Sequence[str], rows: Iterable[Sequence], title: str = "Export"):
    book = Workbook()
    sheet = book.active
    sheet.title = title[:31]  # Excel's limit on sheet names
    sheet.append([str(header) for header in headers])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        append_row(sheet, row)
    sheet.freeze_panes = "A2"
    return book


def append_row(sheet, row: Sequence) -> None:
    """Append one row; text that a spreadsheet would read as a formula stays text."""
    values = [_cell(value) for value in row]
    sheet.append(values)
    for cell, value in zip(sheet[sheet.max_row], values, strict=False):
        if isinstance(value, str) and value.startswith(FORMULA_STARTS):
            cell.value = value
            cell.data_type = "s"
            cell.quotePrefix = True


def csv_cell(value) -> str:
    """A CSV field that no spreadsheet evaluates: risky text gets a leading apostrophe."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _cell(value):
    """Excel takes numbers, dates and text; lazy translations and other objects become text."""
    if isinstance(value, str):
        return _CONTROL.sub("", value)  # openpyxl refuses controls; older rows may hold them
    if value is None or isinstance(value, (int, float)):
        return value
    if isinstance(value, Decimal):
        return float(value)
    if hasattr(value, "isoformat") and getattr(value, "tzinfo", None) is not None:
        return value.replace(tzinfo=None)
    if hasattr(value, "isoformat"):
        return value
    return _CONTROL.sub("", str(value))


def xlsx_response(filename: str, headers: Sequence[str], rows: Iterable[Sequence], title=""):
    """An HTTP download of the rows as an .xlsx file."""
    buffer = io.BytesIO()
    build_workbook(headers, rows, title or filename).save(buffer)
    response = HttpResponse(buffer.getvalue(), content_type=XLSX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}.xlsx"'
    return response
