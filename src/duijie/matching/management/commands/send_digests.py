"""`duijie send-digests`: email each member the new matches for their organisation's needs.

The huey consumer sends the digest every Monday morning (matching/tasks.py); installations
without a consumer call this command from cron. Each digest covers what was published since
the user's previous one, so an extra run sends only what is new.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand

from duijie.matching.domain.digest import send_match_digests


class Command(BaseCommand):
    help = "Send the match digest to every member of an organisation with published needs."

    def handle(self, *args, **options):
        self.stdout.write(f"{send_match_digests()} match(es) sent.")
