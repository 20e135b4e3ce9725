"""`duijie load-policies`: put the verified policy seed into the library (idempotent).

Run it on a fresh production install after `migrate`; running it again refreshes the
seeded policies to the shipped file and leaves policies added by staff untouched.
"""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from duijie.policies.core import SeedError
from duijie.policies.domain.seed import load_policy_library


class Command(BaseCommand):
    help = "Load the verified policy library seed (policies/seed/policies.json). Idempotent."

    def add_arguments(self, parser):
        parser.add_argument(
            "--file", type=Path, default=None, help="Another seed file with the same schema."
        )

    def handle(self, *args, **options):
        try:
            counts = load_policy_library(options["file"])
        except (SeedError, OSError) as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                "Policy library: {created} created, {updated} refreshed.".format(**counts)
            )
        )
