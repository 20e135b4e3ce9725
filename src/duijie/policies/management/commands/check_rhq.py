"""`duijie check-rhq --json FACTS.json`: the regional-HQ eligibility check on the command line.

A thin wrapper over duijie.policies.core: it reads the file, picks the rule set and prints
one JSON line. Invalid facts print {"errors": [...]} as one JSON line on stderr and exit 2,
so scripts can tell bad input (2) from a configuration problem such as a missing rule set (1).
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

from django.core.management.base import BaseCommand, CommandError, CommandParser

from duijie.policies.core import (
    RHQ_FAMILY,
    FactError,
    FactValidationError,
    RuleSetError,
    RuleSetNotFound,
    check_eligibility,
    report_to_dict,
)
from duijie.policies.core.facts import WHOLE_INPUT
from duijie.policies.core.ruleset import parse_iso_date

INVALID_INPUT_EXIT_CODE = 2


def _iso_date(text: str) -> date:
    parsed = parse_iso_date(text)
    if parsed is None:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {text!r}")
    return parsed


class Command(BaseCommand):
    help = "Check regional-HQ eligibility (沪府规〔2022〕17号 and later versions) for a facts file."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--json", dest="facts_path", required=True, metavar="FACTS.json", type=Path
        )
        selection = parser.add_mutually_exclusive_group()
        selection.add_argument("--policy", dest="policy_id", help="Rule set id, e.g. rhq-2022.")
        selection.add_argument(
            "--date",
            dest="day",
            type=_iso_date,
            metavar="YYYY-MM-DD",
            help="Use the rules in force on YYYY-MM-DD.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        raw_facts = self._read_facts(options["facts_path"])
        policy_id = options["policy_id"]
        # The rules in force today are the sensible default for "am I eligible?".
        day = None if policy_id else options["day"] or date.today()
        try:
            report = check_eligibility(raw_facts, family=RHQ_FAMILY, policy_id=policy_id, on=day)
        except FactValidationError as error:
            self._fail_with(list(error.errors))
        except (RuleSetNotFound, RuleSetError) as error:
            raise CommandError(str(error)) from error
        self.stdout.write(json.dumps(report_to_dict(report, with_labels=False), ensure_ascii=False))

    def _read_facts(self, path: Path) -> object:
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except OSError as error:
            self._fail_with([FactError(WHOLE_INPUT, "unreadable_file", str(error))])
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            self._fail_with([FactError(WHOLE_INPUT, "invalid_json", f"Not valid JSON: {error}")])

    def _fail_with(self, errors: list[FactError]) -> NoReturn:
        line = json.dumps({"errors": [error.as_dict() for error in errors]}, ensure_ascii=False)
        # Identity style: keep stderr parseable JSON even when it is a colour terminal.
        self.stderr.write(line, style_func=lambda text: text)
        raise SystemExit(INVALID_INPUT_EXIT_CODE)
