"""Spreadsheet exports: user text never becomes a formula, old control characters don't break."""

import io

import openpyxl
import pytest

from duijie.common.exports import build_workbook, csv_cell, xlsx_response


def _reload(book):
    buffer = io.BytesIO()
    book.save(buffer)
    buffer.seek(0)
    return openpyxl.load_workbook(buffer).active


@pytest.mark.parametrize(
    "text", ['=HYPERLINK("http://evil","x")', "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"]
)
def test_text_that_looks_like_a_formula_is_written_as_text(text):
    sheet = _reload(build_workbook(["Subject"], [[text]]))
    cell = sheet["A2"]
    assert cell.value == text
    assert cell.data_type == "s"
    assert cell.quotePrefix is True


def test_numbers_dates_and_plain_text_keep_their_types():
    import datetime

    day = datetime.date(2026, 12, 2)
    sheet = _reload(build_workbook(["a", "b", "c"], [[3, "plain", day]]))
    assert sheet["A2"].value == 3 and sheet["A2"].data_type == "n"
    assert sheet["B2"].value == "plain" and not sheet["B2"].quotePrefix
    assert sheet["C2"].value.date() == day


def test_control_characters_stored_earlier_are_dropped_not_fatal():
    response = xlsx_response("x", ["Subject"], [["bell\x07 esc\x1b vt\x0b"]])
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    assert sheet["A2"].value == "bell esc vt"


@pytest.mark.parametrize(
    ("value", "expected"),
    [("=1+1", "'=1+1"), ("+x", "'+x"), ("-x", "'-x"), ("@x", "'@x"), ("ok", "ok"), (None, "")],
)
def test_csv_cells_that_look_like_formulas_get_a_leading_apostrophe(value, expected):
    assert csv_cell(value) == expected
