"""Validators and generators for organisation registration numbers.

Two identifiers matter for the platform:

* China's 18-character unified social credit code (统一社会信用代码, USCC), GB 32100-2015.
  Layout: registration authority (1) + organisation category (1) + administrative
  division (6) + organisation code (9, GB 11714, with its own check character) + check
  character (1).
* Singapore's Unique Entity Number (UEN), issued by ACRA and other registries, in three
  formats: business (ROB) ``nnnnnnnnX``, local company (ROC) ``yyyynnnnnX`` and others
  ``TyyPQnnnnX`` (prefix R/S/T = 18xx/19xx/20xx, ``PQ`` an entity-type code).

Validators return ``None`` when the value is valid and a short machine-readable error
code otherwise.  They normalise their input first (see :func:`normalise_identifier`);
callers should store the normalised form.  Pure Python, no Django imports.
"""

from __future__ import annotations

import datetime
import random
import unicodedata

__all__ = [
    "UEN_ENTITY_TYPES",
    "USCC_CHARSET",
    "make_uen",
    "make_uscc",
    "normalise_identifier",
    "organisation_code_check_character",
    "uen_check_character",
    "uscc_check_character",
    "validate_uen",
    "validate_uscc",
]

# --------------------------------------------------------------------------- common


def normalise_identifier(value: str) -> str:
    """Strip, convert full-width characters to half-width, drop spaces/hyphens, upper-case."""
    text = unicodedata.normalize("NFKC", value or "")
    return "".join(ch for ch in text if not ch.isspace() and ch != "-").upper()


def _pairs(text: str) -> set[str]:
    """Two-character codes from a space-separated string."""
    return {text[i : i + 2] for i in range(0, len(text), 3)}


# --------------------------------------------------------------------------- USCC

USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_ORG_CODE_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)

# Registration authority (position 1) -> allowed organisation categories (position 2).
_USCC_CATEGORIES: dict[str, str] = {
    "1": "1239",  # 机构编制: 机关, 事业单位, 编办直管群众团体, 其他
    "2": "19",  # 外交
    "3": "123459",  # 司法行政
    "4": "19",  # 文化
    "5": "1239",  # 民政: 社会团体, 民办非企业单位, 基金会, 其他
    "6": "129",  # 旅游
    "7": "129",  # 宗教
    "8": "19",  # 工会
    "9": "123",  # 市场监管(工商): 企业, 个体工商户, 农民专业合作社
    "A": "19",  # 中央军委改革和编制办公室
    "N": "1239",  # 农业
    "Y": "1",  # 其他
}

# First two digits of GB/T 2260 administrative division codes ("10" = central level).
_PROVINCE_PREFIXES = frozenset(
    _pairs("10 11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46")
    | _pairs("50 51 52 53 54 61 62 63 64 65 71 81 82")
)


def uscc_check_character(first17: str) -> str:
    """Return the 18th (check) character for the first 17 characters of a USCC."""
    if len(first17) != 17 or any(ch not in USCC_CHARSET for ch in first17):
        raise ValueError("expected 17 characters from the USCC character set")
    total = sum(USCC_CHARSET.index(ch) * w for ch, w in zip(first17, _USCC_WEIGHTS, strict=True))
    return USCC_CHARSET[(31 - total % 31) % 31]


def _gb11714_value(ch: str) -> int:
    return int(ch) if ch.isdigit() else ord(ch) - 55  # A=10 … Z=35


def organisation_code_check_character(first8: str) -> str:
    """Return the GB 11714 check character (``0-9`` or ``X``) for an 8-character body."""
    if len(first8) != 8 or not first8.isalnum() or not first8.isascii():
        raise ValueError("expected 8 ASCII letters or digits")
    values = [_gb11714_value(ch) for ch in first8.upper()]
    total = sum(v * w for v, w in zip(values, _ORG_CODE_WEIGHTS, strict=True))
    check = 11 - total % 11
    return {10: "X", 11: "0"}.get(check, str(check))


def _uscc_structure_error(code: str) -> str | None:
    authority, category, region = code[0], code[1], code[2:8]
    if authority not in _USCC_CATEGORIES:
        return "registration_authority"
    if category not in _USCC_CATEGORIES[authority]:
        return "category"
    if not region.isdigit() or region[:2] not in _PROVINCE_PREFIXES:
        return "region"
    org_code = code[8:17]
    if organisation_code_check_character(org_code[:8]) != org_code[8]:
        return "organisation_code"
    return None


def validate_uscc(code: str) -> str | None:
    """Validate a unified social credit code; ``None`` if valid, else an error code.

    Error codes: ``length``, ``charset``, ``check_character``, ``registration_authority``,
    ``category``, ``region``, ``organisation_code``.
    """
    value = normalise_identifier(code)
    if len(value) != 18:
        return "length"
    if any(ch not in USCC_CHARSET for ch in value):
        return "charset"
    if uscc_check_character(value[:17]) != value[17]:
        return "check_character"
    return _uscc_structure_error(value)


def make_uscc(
    rng: random.Random, *, authority: str = "9", category: str = "1", region: str = "310110"
) -> str:
    """Generate a valid USCC (default: an enterprise registered in Yangpu, 310110)."""
    if authority == "9":
        body = "MA1" + "".join(rng.choice(USCC_CHARSET[:-1]) for _ in range(5))
    else:
        body = "".join(rng.choice("0123456789") for _ in range(8))
    first17 = authority + category + region + body + organisation_code_check_character(body)
    return first17 + uscc_check_character(first17)


# --------------------------------------------------------------------------- UEN

UEN_ENTITY_TYPES = frozenset(
    _pairs("LP LL FC PF RF MQ MM NB CC CS MB FM GS GA GB DP CP NR CM CD MD HS VH CH MH")
    | _pairs("CL XL CX RP TU TC FB FN PA PB SS MC SM")
)
_ROB_WEIGHTS = (10, 4, 9, 3, 8, 2, 7, 1)
_ROB_LETTERS = "XMKECAWLJDB"
_ROC_WEIGHTS = (10, 8, 6, 4, 9, 7, 5, 3, 1)
_ROC_LETTERS = "ZKCMDNERGWH"
_OTHER_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWX0123456789"
_OTHER_WEIGHTS = (4, 3, 5, 3, 10, 2, 2, 5, 7)
_CENTURY = {"R": 1800, "S": 1900, "T": 2000}
UEN_KINDS = ("business", "local_company", "other")


def _uen_kind(value: str) -> str:
    if len(value) == 9:
        return "business"
    return "local_company" if value[0].isdigit() else "other"


def uen_check_character(first: str) -> str:
    """Return the check letter for a UEN without its last character (8 or 9 characters)."""
    kind = _uen_kind(first + "?")
    if kind == "business":
        total = sum(int(d) * w for d, w in zip(first, _ROB_WEIGHTS, strict=True))
        return _ROB_LETTERS[total % 11]
    if kind == "local_company":
        total = sum(int(d) * w for d, w in zip(first, _ROC_WEIGHTS, strict=True))
        return _ROC_LETTERS[total % 11]
    values = [_OTHER_ALPHABET.index(ch) for ch in first]
    total = sum(v * w for v, w in zip(values, _OTHER_WEIGHTS, strict=True))
    return _OTHER_ALPHABET[(total - 5) % 11]


def _uen_format_error(value: str, current_year: int) -> str | None:
    kind = _uen_kind(value)
    if not value[-1].isalpha():
        return "format"
    if kind == "business":
        return None if value[:8].isdigit() else "format"
    if kind == "local_company":
        if not value[:9].isdigit():
            return "format"
        return None if 1800 <= int(value[:4]) <= current_year else "year"
    if value[0] not in _CENTURY:
        return "prefix"
    if not (value[1:3].isdigit() and value[3:5].isalpha() and value[5:9].isdigit()):
        return "format"
    if _CENTURY[value[0]] + int(value[1:3]) > current_year:
        return "year"
    return None if value[3:5] in UEN_ENTITY_TYPES else "entity_type"


def validate_uen(uen: str, *, current_year: int | None = None) -> str | None:
    """Validate a Singapore UEN; ``None`` if valid, else an error code.

    Error codes: ``length``, ``format``, ``prefix``, ``year``, ``entity_type``,
    ``check_character``.
    """
    value = normalise_identifier(uen)
    if len(value) not in (9, 10):
        return "length"
    if not value.isascii() or not value.isalnum():
        return "format"
    error = _uen_format_error(value, current_year or datetime.date.today().year)
    if error:
        return error
    return None if uen_check_character(value[:-1]) == value[-1] else "check_character"


def make_uen(
    rng: random.Random,
    kind: str = "local_company",
    *,
    year: int | None = None,
    entity_type: str | None = None,
) -> str:
    """Generate a valid UEN of ``kind`` ("business", "local_company" or "other")."""
    if kind not in UEN_KINDS:
        raise ValueError(f"unknown UEN kind {kind!r}")
    issued = year if year is not None else rng.randint(1995, 2023)
    if kind == "business":
        first = f"{rng.randint(0, 99_999_999):08d}"
    elif kind == "local_company":
        first = f"{issued:04d}{rng.randint(0, 99_999):05d}"
    else:
        prefix = {v: k for k, v in _CENTURY.items()}[issued // 100 * 100]
        code = entity_type or rng.choice(sorted(UEN_ENTITY_TYPES))
        if code not in UEN_ENTITY_TYPES:
            raise ValueError(f"unknown UEN entity type {code!r}")
        first = f"{prefix}{issued % 100:02d}{code}{rng.randint(0, 9999):04d}"
    return first + uen_check_character(first)
