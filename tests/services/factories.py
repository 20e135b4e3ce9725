"""Factories and helpers for company-services tests."""

from __future__ import annotations

import io
import zipfile

from django.core.files.uploadedfile import SimpleUploadedFile

from duijie.services.models import RequestCategory, RoutingRule
from tests.factories import MembershipFactory, UserFactory

PDF_BYTES = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"
PNG_BYTES = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00" * 32
JPEG_BYTES = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 32
# A Windows executable starts with "MZ"; renamed to .pdf it must still be refused.
EXE_BYTES = b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 64


def office_bytes(marker: str) -> bytes:
    """A minimal Office Open XML package containing the part that identifies its kind."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr(marker, "<document/>")
    return buffer.getvalue()


DOCX_BYTES = office_bytes("word/document.xml")
XLSX_BYTES = office_bytes("xl/workbook.xml")


def upload(name: str, content: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type="application/octet-stream")


def category(code: str = "regional_hq") -> RequestCategory:
    """The categories are data from a migration, so tests use the real ones."""
    return RequestCategory.objects.get(code=code)


def route(code: str, department, days: int = 5, reminder: int = 1) -> RoutingRule:
    rule, _created = RoutingRule.objects.update_or_create(
        category=category(code),
        defaults={
            "department": department,
            "response_working_days": days,
            "reminder_working_days": reminder,
        },
    )
    return rule


def government_user(department, **fields):
    fields.setdefault("language", "zh-hans")
    return UserFactory(department=department, **fields)


def company_user(**fields):
    """A member of a (Singapore) company, the usual requester."""
    return MembershipFactory(user=UserFactory(**fields)).user
