"""`duijie eval-matching --offers OFFERS.jsonl --needs NEEDS.jsonl [--json]`.

Ranks every offer for every need with the platform's matching engine in a throw-away
in-memory store (the database is never touched) and prints recall@1/5/10, MRR and nDCG@10.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from duijie.matching.core.evaluation import EvalInputError, evaluate_files, format_metrics


class Command(BaseCommand):
    help = "Evaluate need → offer matching on JSONL files (recall@k, MRR, nDCG@10)."
    requires_system_checks: list = []

    def add_arguments(self, parser) -> None:  # type: ignore[no-untyped-def]
        parser.add_argument("--offers", required=True, help="offers, one JSON object per line")
        parser.add_argument("--needs", required=True, help="needs with 'relevant' offer ids")
        parser.add_argument("--json", action="store_true", help="end with one JSON line")

    def handle(self, *args, **options) -> None:  # type: ignore[no-untyped-def]
        try:
            metrics = evaluate_files(options["offers"], options["needs"])
        except EvalInputError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(format_metrics(metrics, as_json=options["json"]))
