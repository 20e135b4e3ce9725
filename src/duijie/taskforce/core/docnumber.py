"""Official document numbers (发文字号) such as 杨府〔2023〕20号 (pure Python, no Django).

The standard form (GB/T 9704-2012 党政机关公文格式) is an issuing-authority code, the year in
hexagonal brackets 〔〕, then a serial number followed by 号, with no leading zeros and
no spaces. Common mistakes — other brackets, a two-digit year, "第", a missing 号 — are
reported with a specific error code so the form can explain how to fix them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PATTERN = re.compile(
    r"^(?P<code>[\u4e00-\u9fffA-Za-z]{1,12})〔(?P<year>\d{4})〕(?P<serial>[1-9]\d{0,4})号$"
)
WRONG_BRACKETS = re.compile(r"[\[\]【】()（）{}〈〉<>「」［］]")
MIN_YEAR = 1949
MAX_YEAR = 2100


@dataclass(frozen=True)
class DocumentNumber:
    code: str
    year: int
    serial: int

    def __str__(self) -> str:
        return f"{self.code}〔{self.year}〕{self.serial}号"


class DocumentNumberError(ValueError):
    """`code` is one of: empty, brackets, year, serial, format."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


def parse_document_number(text: str) -> DocumentNumber:
    """Parse a document number, raising DocumentNumberError with a specific code."""
    value = (text or "").strip()
    if not value:
        raise DocumentNumberError("empty")
    if WRONG_BRACKETS.search(value):
        raise DocumentNumberError("brackets")
    match = PATTERN.match(value)
    if match is None:
        raise DocumentNumberError(_diagnose(value))
    year = int(match["year"])
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise DocumentNumberError("year")
    return DocumentNumber(match["code"], year, int(match["serial"]))


def _diagnose(value: str) -> str:
    """Which part of a malformed number is wrong, for a helpful message."""
    if "〔" not in value or "〕" not in value:
        return "brackets"
    if not re.search(r"〔\d{4}〕", value):
        return "year"
    if not re.search(r"〕[1-9]\d{0,4}号$", value):
        return "serial"
    return "format"
