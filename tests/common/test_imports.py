"""`common` is the foundation: it imports Django, the standard library, third-party packages
and itself, never a domain area (duijie.listings, duijie.events, ...)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parents[2] / "src"
COMMON = SOURCE / "duijie" / "common"
AREAS = sorted(p.name for p in (SOURCE / "duijie").iterdir() if (p / "__init__.py").exists())
MODULES = sorted(COMMON.rglob("*.py"))


def imports_of(text: str, path: Path) -> set[str]:
    """Every module the file at `path` imports, anywhere in it, relative imports made absolute."""
    parts = path.relative_to(SOURCE).with_suffix("").parts
    package = parts if path.name == "__init__.py" else parts[:-1]
    names: set[str] = set()
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else ()
            names.add(".".join((*base, *filter(None, [node.module]))))
    return names


def domain_imports(text: str, path: Path) -> set[str]:
    areas = set(AREAS) - {"common"}
    return {
        name
        for name in imports_of(text, path)
        if name.startswith("duijie.") and name.split(".")[1] in areas
    }


def test_the_areas_and_modules_are_found():
    assert {"common", "listings", "directory", "events", "web"} <= set(AREAS)
    assert COMMON / "apps.py" in MODULES


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(COMMON)))
def test_common_imports_no_domain_area(path):
    assert domain_imports(path.read_text(encoding="utf-8"), path) == set()


def test_relative_and_function_level_domain_imports_are_seen():
    text = (
        "from ..listings.models import Listing\n"
        "from . import notify\n"
        "from .models import base\n"
        "def f():\n"
        "    import duijie.events.core\n"
    )
    path = COMMON / "sample.py"
    assert imports_of(text, path) == {
        "duijie.listings.models",
        "duijie.common",
        "duijie.common.models",
        "duijie.events.core",
    }
    assert domain_imports(text, path) == {"duijie.listings.models", "duijie.events.core"}
