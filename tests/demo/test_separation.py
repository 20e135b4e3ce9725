"""The demo data stays out of the runtime package: nothing in src/ is or imports a demo module."""

from __future__ import annotations

import ast
from pathlib import Path

import setuptools

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "src"
PACKAGE_FILES = sorted((SOURCE / "duijie").rglob("*"))


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
    return names


def test_the_wheel_packages_are_found_in_src_only():
    # The root pyproject builds the wheel from what this finds (packages.find where=["src"]).
    packages = setuptools.find_packages(str(SOURCE))
    assert "duijie" in packages and "duijie.common" in packages
    assert [name for name in packages if "demo" in name] == []


def test_no_file_of_the_runtime_package_is_named_demo():
    assert len(PACKAGE_FILES) > 100
    assert [str(p.relative_to(SOURCE)) for p in PACKAGE_FILES if "demo" in p.name.lower()] == []


def test_the_runtime_package_never_imports_the_demo_package():
    offenders = {
        str(path.relative_to(SOURCE))
        for path in PACKAGE_FILES
        if path.suffix == ".py"
        and any(name.split(".")[0] == "duijie_demo" for name in imported_modules(path))
    }
    assert offenders == set()


def test_the_demo_package_lives_in_demo_and_is_importable():
    import duijie_demo

    assert Path(duijie_demo.__file__).parent == ROOT / "demo" / "duijie_demo"


def test_the_scan_sees_an_import_of_the_demo_package(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from duijie_demo.seed import load_demo\n", encoding="utf-8")
    assert imported_modules(sample) == {"duijie_demo.seed"}
