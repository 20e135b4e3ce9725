"""Recognising uploaded files by their content (magic bytes), not by their name.

A renamed executable called "report.pdf" must be refused, so the type is read from the
first bytes (and, for Office files, from the ZIP directory), then compared with the
extension the user gave it. No Django here.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from typing import BinaryIO

HEADER_BYTES = 16


@dataclass(frozen=True)
class FileKind:
    code: str
    extensions: tuple[str, ...]
    content_type: str


PDF = FileKind("pdf", (".pdf",), "application/pdf")
DOCX = FileKind(
    "docx",
    (".docx",),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
)
XLSX = FileKind(
    "xlsx", (".xlsx",), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
)
PNG = FileKind("png", (".png",), "image/png")
JPEG = FileKind("jpeg", (".jpg", ".jpeg"), "image/jpeg")
ALLOWED_KINDS = (PDF, DOCX, XLSX, PNG, JPEG)
ALLOWED_EXTENSIONS = tuple(ext for kind in ALLOWED_KINDS for ext in kind.extensions)

# The part every Word or Excel package must contain, per the Office Open XML standard.
_OFFICE_MARKERS = {DOCX: "word/document.xml", XLSX: "xl/workbook.xml"}


def sniff(stream: BinaryIO) -> FileKind | None:
    """The allowed kind the content really is, or None; the stream is rewound afterwards."""
    stream.seek(0)
    header = stream.read(HEADER_BYTES)
    stream.seek(0)
    if header.startswith(b"%PDF-"):
        return PDF
    if header.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if header.startswith(b"\xff\xd8\xff"):
        return JPEG
    if header.startswith(b"PK\x03\x04"):
        return _office_kind(stream)
    return None


def _office_kind(stream: BinaryIO) -> FileKind | None:
    try:
        # ZipFile leaves a stream it was given open, so the upload can still be saved.
        with zipfile.ZipFile(stream) as package:
            names = set(package.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return None
    finally:
        stream.seek(0)
    return next((kind for kind, part in _OFFICE_MARKERS.items() if part in names), None)


def extension_of(filename: str) -> str:
    name = filename.rsplit("/", 1)[-1].rsplit("\\", 1)[-1]
    return "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""


def matches_extension(kind: FileKind, filename: str) -> bool:
    return extension_of(filename) in kind.extensions
