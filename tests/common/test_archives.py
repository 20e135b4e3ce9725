"""Decompression bombs named .docx/.xlsx are refused wherever attachments are checked."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from duijie.common.archives import check_archive
from duijie.common.errors import DomainError
from duijie.services.domain.attachments import check_upload


def _docx(payload: bytes, *, entries: int = 1) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("word/document.xml", payload)
        for number in range(entries - 1):
            package.writestr(f"word/media/{number}.xml", b"x")
    return buffer.getvalue()


def test_an_ordinary_document_passes_and_stays_readable():
    upload = SimpleUploadedFile("plan.docx", _docx(b"<w:document>Plan</w:document>" * 50))
    check_archive(upload)
    assert upload.tell() == 0
    assert check_upload(upload).kind.code == "docx"


def test_a_document_that_unpacks_a_thousand_times_larger_is_refused():
    bomb = SimpleUploadedFile("plan.docx", _docx(b"\0" * (8 * 1024 * 1024)))
    assert bomb.size < 100 * 1024
    with pytest.raises(DomainError) as refused:
        check_upload(bomb)
    assert refused.value.code == "archive_bomb"


def test_an_archive_with_too_many_entries_is_refused():
    with pytest.raises(DomainError) as refused:
        check_archive(io.BytesIO(_docx(b"<w:document/>", entries=2001)))
    assert refused.value.code == "archive_bomb"


def test_something_that_is_not_a_zip_is_refused_as_a_bad_document():
    with pytest.raises(DomainError) as refused:
        check_archive(io.BytesIO(b"PK\x03\x04 not really"))
    assert refused.value.code == "file_type"
