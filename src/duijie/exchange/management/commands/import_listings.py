"""`duijie import-listings FILE [--dry-run] [--source NAME] [--partial]`."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from duijie.exchange.domain.imports import import_listings
from duijie.exchange.interfaces.formats import FileProblem
from duijie.exchange.interfaces.importer import plan_import


class Command(BaseCommand):
    help = (
        "Import listings from JSON Lines, CSV or Excel. Prints per row create/update/unchanged/"
        "error and each error's column; writes nothing if any row is bad, unless --partial."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--source", default="import", help="the partner platform's code")
        parser.add_argument("--dry-run", action="store_true", help="report only, write nothing")
        parser.add_argument("--partial", action="store_true", help="keep the good rows")

    def handle(self, *args, **options):
        try:
            report = plan_import(options["file"], source=options["source"])
        except FileProblem as problem:
            raise CommandError(problem.message) from None
        except OSError as error:
            raise CommandError(str(error)) from None
        if not options["dry_run"]:
            import_listings(
                report, actor=None, source=options["source"], partial=options["partial"]
            )
        for line in report.lines():
            self.stdout.write(line)
        counts = " ".join(f"{name}={count}" for name, count in report.counts().items())
        state = "written" if report.written else "nothing written"
        self.stdout.write(f"{counts} ({state})")
        if report.errors and not options["dry_run"] and not report.written:
            raise CommandError("The file has errors; nothing was imported.")
