"""`duijie schedule INSTANCE.json -o SCHEDULE.json [--time-limit SECONDS]`.

A thin wrapper over `duijie.events.core`: read and validate the instance, solve, write
the schedule and print a one-line JSON summary. Invalid input ends with a message
naming the offending item and exit code 1, without a traceback.
"""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from duijie.events.core import InvalidInstance, SolveOptions, load_instance, solve
from duijie.events.core.exchange import schedule_to_dict


class Command(BaseCommand):
    help = "Schedule 1:1 meetings for a matchmaking event (JSON in, JSON out)."

    def add_arguments(self, parser):
        parser.add_argument("instance", help="instance JSON file")
        parser.add_argument("-o", "--output", required=True, help="schedule JSON file to write")
        parser.add_argument(
            "--time-limit",
            type=float,
            default=SolveOptions.time_limit,
            help="safety limit in seconds (default %(default)s)",
        )

    def handle(self, *args, **options):
        if options["time_limit"] <= 0:
            raise CommandError("--time-limit must be positive")
        instance = _read_instance(Path(options["instance"]))
        schedule = solve(instance, SolveOptions(time_limit=options["time_limit"]))
        _write(Path(options["output"]), schedule_to_dict(schedule))
        summary = {
            "meetings": len(schedule.meetings),
            "weight": schedule.weight,
            "upper_bound": schedule.upper_bound,
            "seconds": round(schedule.stats["seconds"], 3),
        }
        self.stdout.write(json.dumps(summary))


def _read_instance(path: Path):
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise CommandError(f"cannot read {path}: {error}") from None
    try:
        return load_instance(text)
    except InvalidInstance as error:
        raise CommandError(f"{path}: invalid instance: {error}") from None


def _write(path: Path, data: dict) -> None:
    try:
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    except OSError as error:
        raise CommandError(f"cannot write {path}: {error}") from None
