"""Exchange files: JSON Lines, CSV (UTF-8 with BOM, read with a GBK fallback) and Excel.

Lists (sectors, keywords, partnership) are JSON arrays in JSON Lines and `;`-separated text
in CSV and Excel. Every spreadsheet cell is written as text a spreadsheet never evaluates.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from django.utils.translation import gettext as _
from openpyxl import load_workbook

from duijie.common.exports import FORMULA_STARTS, build_workbook, csv_cell
from duijie.exchange.domain.records import COLUMNS

LIST_COLUMNS = ("sectors", "keywords", "partnership")
FORMATS = ("jsonl", "csv", "xlsx")
SEPARATOR = ";"


class FileProblem(Exception):
    """The file as a whole cannot be read (encoding, format); `message` is translated."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def _flat(record: dict) -> list:
    values = []
    for column in COLUMNS:
        value = record.get(column)
        if column in LIST_COLUMNS:
            value = SEPARATOR.join(value or [])
        values.append("" if value is None else value)
    return values


def write_records(records: Iterable[dict], fmt: str, path: Path) -> int:
    """Write records to `path` in `fmt`; returns how many."""
    records = list(records)
    if fmt == "jsonl":
        with open(path, "w", encoding="utf-8") as out:
            for record in records:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        # The BOM lets Excel open the file as UTF-8 (Chinese text stays readable).
        with open(path, "w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(COLUMNS)
            for record in records:
                writer.writerow([csv_cell(value) for value in _flat(record)])
    else:
        rows = [[str(value) for value in _flat(record)] for record in records]
        build_workbook(COLUMNS, rows, title="listings").save(path)
    return len(records)


def _unquote(text: str) -> str:
    """Undo the apostrophe `csv_cell` puts before text a spreadsheet would evaluate."""
    if text.startswith("'") and text[1:].startswith(FORMULA_STARTS):
        return text[1:]
    return text


def _from_cells(header: list[str], cells: list) -> dict:
    row = {}
    for name, value in zip(header, cells, strict=False):
        if not name:
            continue
        text = "" if value is None else str(value).strip()
        if name in LIST_COLUMNS:
            row[name] = [part.strip() for part in text.split(SEPARATOR) if part.strip()]
        else:
            row[name] = text
    return row


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            return data.decode("gbk")
        except UnicodeDecodeError:
            raise FileProblem(_("The file is neither UTF-8 nor GBK text.")) from None


def _csv_rows(data: bytes) -> Iterator[tuple[int, dict | None]]:
    reader = csv.reader(io.StringIO(_decode(data)))
    header = [name.strip() for name in next(reader, [])]
    for number, cells in enumerate(reader, start=2):
        if any(cell.strip() for cell in cells):
            yield number, _from_cells(header, [_unquote(cell) for cell in cells])


def _jsonl_rows(data: bytes) -> Iterator[tuple[int, dict | None]]:
    for number, line in enumerate(_decode(data).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            row = None
        yield number, row if isinstance(row, dict) else None


def _xlsx_rows(path: Path) -> Iterator[tuple[int, dict | None]]:
    try:
        # Cached values only: a formula in a partner's file is never evaluated here.
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception:
        raise FileProblem(_("The file is not an Excel workbook (.xlsx).")) from None
    rows = book.active.iter_rows(values_only=True)
    header = [str(name or "").strip() for name in next(rows, ())]
    for number, cells in enumerate(rows, start=2):
        if any(cell not in (None, "") for cell in cells):
            yield number, _from_cells(header, list(cells))


def read_rows(path: Path) -> list[tuple[int, dict | None]]:
    """(row number, row) pairs of a file, by its extension; None for an unreadable row."""
    suffix = path.suffix.lower().lstrip(".")
    if suffix == "xlsx":
        return list(_xlsx_rows(path))
    if suffix not in ("csv", "jsonl"):
        raise FileProblem(_("Give a .jsonl, .csv or .xlsx file."))
    data = path.read_bytes()
    return list(_csv_rows(data) if suffix == "csv" else _jsonl_rows(data))
