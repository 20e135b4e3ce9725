"""Attachments are recognised by content; the extension must agree with it."""

import io

import pytest

from duijie.services.core.filetypes import DOCX, JPEG, PDF, PNG, XLSX, matches_extension, sniff
from tests.services.factories import (
    DOCX_BYTES,
    EXE_BYTES,
    JPEG_BYTES,
    PDF_BYTES,
    PNG_BYTES,
    XLSX_BYTES,
    office_bytes,
)


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (PDF_BYTES, PDF),
        (PNG_BYTES, PNG),
        (JPEG_BYTES, JPEG),
        (DOCX_BYTES, DOCX),
        (XLSX_BYTES, XLSX),
    ],
)
def test_each_allowed_kind_is_recognised_and_the_stream_rewound(content, kind):
    stream = io.BytesIO(content)
    stream.seek(5)
    assert sniff(stream) == kind
    assert stream.tell() == 0


def test_real_office_files_are_recognised():
    import docx
    import openpyxl

    document, book = io.BytesIO(), io.BytesIO()
    docx.Document().save(document)
    openpyxl.Workbook().save(book)
    assert sniff(document) == DOCX
    assert sniff(book) == XLSX


@pytest.mark.parametrize(
    "content",
    [EXE_BYTES, b"", b"plain text", office_bytes("content.xml"), b"PK\x03\x04 not a zip"],
)
def test_other_content_is_not_an_allowed_kind(content):
    assert sniff(io.BytesIO(content)) is None


def test_extension_must_match_the_content():
    assert matches_extension(JPEG, "photo.JPG")
    assert matches_extension(JPEG, "photo.jpeg")
    assert not matches_extension(PDF, "report.docx")
    assert not matches_extension(PDF, "report")
    assert not matches_extension(PDF, "report.pdf.exe")
