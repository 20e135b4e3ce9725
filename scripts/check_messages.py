"""Check the translation catalogs under src/duijie/locale: each is complete (no untranslated or
fuzzy entry); with --extract, it also holds every string the code marks for translation;
--compile writes the .mo files. Exits non-zero naming each problem."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "duijie"
LOCALE = PACKAGE / "locale"


def check(po: Path, compile_it: bool) -> str | None:
    output = po.with_suffix(".mo") if compile_it else Path("/dev/null")
    result = subprocess.run(
        ["msgfmt", "--check", "--statistics", "-o", str(output), str(po)],
        capture_output=True,
        text=True,
    )
    stats = result.stderr.strip().splitlines()[-1] if result.stderr.strip() else ""
    if result.returncode != 0:
        return f"{po}: does not compile: {result.stderr.strip()}"
    if "untranslated" in stats or "fuzzy" in stats:
        return f"{po}: {stats}"
    return None


def msgids(po: Path, *selection: str) -> list[str]:
    """The msgids (with their context, if any) of the entries msgattrib selects."""
    text = subprocess.run(
        ["msgattrib", *selection, "--no-wrap", str(po)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found, context = [], None
    for line in text.splitlines():
        line = line.removeprefix("#~ ")
        if line.startswith("msgctxt "):
            context = line[len("msgctxt ") :]
        elif line.startswith('msgid "') and line != 'msgid ""':
            found.append(f"{line[len('msgid ') :]}" + (f" (context {context})" if context else ""))
            context = None
    return found


def extract(po: Path) -> tuple[list[str], list[str]]:
    """Strings in the code that `po` lacks, and entries of `po` no code uses any more.

    Runs the standard `makemessages` on a scratch tree of symlinks to the package with a copy
    of the catalog, so the real catalog is never rewritten by a check."""
    language = po.parent.parent.name
    with tempfile.TemporaryDirectory() as scratch:
        tree = Path(scratch)
        for child in PACKAGE.iterdir():
            if child.name != "locale":
                (tree / child.name).symlink_to(child)
        copy = tree / "locale" / language / "LC_MESSAGES" / po.name
        copy.parent.mkdir(parents=True)
        shutil.copy(po, copy)
        # No settings module: LOCALE_PATHS must not point makemessages at the real catalog.
        env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
        subprocess.run(
            [sys.executable, "-m", "django", "makemessages", "-l", language, "--symlinks"],
            cwd=tree,
            env=env,
            capture_output=True,
            check=True,
        )
        missing = msgids(copy, "--untranslated", "--no-obsolete") + msgids(
            copy, "--only-fuzzy", "--no-obsolete"
        )
        unused = msgids(copy, "--only-obsolete")
    return missing, unused


def main() -> int:
    compile_it = "--compile" in sys.argv
    catalogs = sorted(LOCALE.glob("*/LC_MESSAGES/django.po"))
    problems = [problem for po in catalogs if (problem := check(po, compile_it))]
    if "--extract" in sys.argv:
        for po in catalogs:
            missing, unused = extract(po)
            problems += [f"{po}: not in the catalog: {msgid}" for msgid in missing]
            for msgid in unused:
                print(f"{po}: no longer used (makemessages drops it): {msgid}", file=sys.stderr)
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{len(catalogs)} catalogs checked, {len(problems)} problems")
    return 1 if problems or not catalogs else 0


if __name__ == "__main__":
    sys.exit(main())
