"""duijie.projects.core must stay framework-free so it can be reasoned about and reused."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import duijie.projects.core as core

CORE_DIR = Path(core.__file__).parent


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_core_module_imports_django():
    offenders = {
        path.name: sorted(name for name in imported_modules(path) if name.split(".")[0] == "django")
        for path in CORE_DIR.rglob("*.py")
    }
    assert {name: found for name, found in offenders.items() if found} == {}


def test_importing_core_does_not_load_django():
    # A fresh interpreter, because this test process has Django loaded by pytest-django.
    code = (
        "import sys, duijie.projects.core; "
        "print(any(m == 'django' or m.startswith('django.') for m in sys.modules))"
    )
    src_dir = str(CORE_DIR.parents[2])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([src_dir, os.environ.get("PYTHONPATH", "")])}
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert completed.stdout.strip() == "False"


def test_core_files_stay_small():
    sizes = {path.name: len(path.read_text().splitlines()) for path in CORE_DIR.rglob("*.py")}
    assert {name: lines for name, lines in sizes.items() if lines >= 400} == {}
