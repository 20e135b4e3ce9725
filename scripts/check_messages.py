"""Check every translation catalog is complete (no untranslated or fuzzy entries), optionally
compile it to .mo. Exits non-zero naming each incomplete catalog."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SOURCE = Path(__file__).resolve().parent.parent / "src"


def check(po: Path, compile_it: bool) -> str | None:
    output = po.with_suffix(".mo") if compile_it else Path("/dev/null")
    result = subprocess.run(
        ["msgfmt", "--check", "--statistics", "-o", str(output), str(po)],
        capture_output=True,
        text=True,
    )
    stats = result.stderr.strip()
    if result.returncode != 0:
        return f"{po}: does not compile: {stats}"
    if "untranslated" in stats or "fuzzy" in stats:
        return f"{po}: {stats}"
    return None


def main() -> int:
    compile_it = "--compile" in sys.argv
    catalogs = sorted(SOURCE.glob("duijie/**/LC_MESSAGES/django.po"))
    problems = [problem for po in catalogs if (problem := check(po, compile_it))]
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{len(catalogs)} catalogs checked, {len(problems)} incomplete")
    return 1 if problems or not catalogs else 0


if __name__ == "__main__":
    sys.exit(main())
