"""Excel exports of lists (requests, work items, proposals, event reports)."""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from decimal import Decimal

from django.http import HttpResponse
from openpyxl import Workbook
from openpyxl.styles import Font

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def build_workbook(headers: Sequence[str], rows: Iterable[Sequence], title: str = "Export"):
    book = Workbook()
    sheet = book.active
    sheet.title = title[:31]  # Excel's limit on sheet names
    sheet.append([str(header) for header in headers])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([_cell(value) for value in row])
    sheet.freeze_panes = "A2"
    return book


def _cell(value):
    """Excel takes numbers, dates and text; lazy translations and other objects become text."""
    if value is None or isinstance(value, (int, float, str)):
        return value
    if isinstance(value, Decimal):
        return float(value)
    if hasattr(value, "isoformat") and getattr(value, "tzinfo", None) is not None:
        return value.replace(tzinfo=None)
    if hasattr(value, "isoformat"):
        return value
    return str(value)


def xlsx_response(filename: str, headers: Sequence[str], rows: Iterable[Sequence], title=""):
    """An HTTP download of the rows as an .xlsx file."""
    buffer = io.BytesIO()
    build_workbook(headers, rows, title or filename).save(buffer)
    response = HttpResponse(buffer.getvalue(), content_type=XLSX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}.xlsx"'
    return response
