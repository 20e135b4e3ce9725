import re
from pathlib import Path

import duijie.events.core

CORE = Path(duijie.events.core.__file__).parent


def test_core_never_imports_django():
    pattern = re.compile(r"^\s*(import\s+django|from\s+django)\b", re.MULTILINE)
    offenders = [p.name for p in sorted(CORE.rglob("*.py")) if pattern.search(p.read_text())]
    assert offenders == []


def test_core_files_stay_short():
    long_files = [p.name for p in CORE.rglob("*.py") if len(p.read_text().splitlines()) >= 400]
    assert long_files == []
