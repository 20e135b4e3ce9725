"""The `duijie` console command: Django's manage.py with Duijie's settings.

Project commands may be written with hyphens (`duijie seed-demo`); they map to
Django command modules with underscores (`seed_demo`).
"""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv if argv is None else argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "duijie.settings")
    if len(argv) > 1 and not argv[1].startswith("-"):
        argv[1] = argv[1].replace("-", "_")
    # Django is imported once DJANGO_SETTINGS_MODULE is set above.
    from django.core.management import execute_from_command_line

    execute_from_command_line(argv)


if __name__ == "__main__":
    main()
