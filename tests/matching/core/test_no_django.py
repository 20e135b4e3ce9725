"""The engine must stay importable and testable without Django."""

from __future__ import annotations

import re
from pathlib import Path

import duijie.matching.core as core

DJANGO_IMPORT = re.compile(r"^\s*(import django|from django)\b", re.MULTILINE)


def test_core_source_never_imports_django() -> None:
    sources = sorted(Path(core.__file__).parent.rglob("*.py"))
    assert len(sources) >= 10
    offenders = [p.name for p in sources if DJANGO_IMPORT.search(p.read_text("utf-8"))]
    assert offenders == []
