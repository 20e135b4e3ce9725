"""Every `duijie.<area>.core` package stays free of Django: pure, deterministic, reusable.

Discovered automatically, so a new area's core is checked the day it appears.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parent.parent / "src"
CORE_PACKAGES = sorted(path.parent for path in SOURCE.glob("duijie/*/core/__init__.py"))


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def dotted(package: Path) -> str:
    return ".".join(package.relative_to(SOURCE).parts)


def test_the_known_cores_are_found():
    found = {dotted(p) for p in CORE_PACKAGES}
    assert {"duijie.matching.core", "duijie.events.core", "duijie.policies.core"} <= found


@pytest.mark.parametrize("package", CORE_PACKAGES, ids=dotted)
def test_no_core_module_imports_django(package):
    offenders = {
        path.name: sorted(name for name in imported_modules(path) if name.split(".")[0] == "django")
        for path in package.rglob("*.py")
    }
    assert {name: found for name, found in offenders.items() if found} == {}


@pytest.mark.parametrize("package", CORE_PACKAGES, ids=dotted)
def test_importing_core_does_not_load_django(package):
    # A fresh interpreter, because this test process has Django loaded by pytest-django.
    code = (
        f"import sys, {dotted(package)}; "
        "print(any(m == 'django' or m.startswith('django.') for m in sys.modules))"
    )
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(SOURCE), os.environ.get("PYTHONPATH", "")]),
    }
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert completed.stdout.strip() == "False"


@pytest.mark.parametrize("package", CORE_PACKAGES, ids=dotted)
def test_core_files_stay_small(package):
    sizes = {path.name: len(path.read_text().splitlines()) for path in package.rglob("*.py")}
    assert {name: lines for name, lines in sizes.items() if lines >= 400} == {}
