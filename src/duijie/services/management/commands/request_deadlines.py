"""`duijie request-deadlines`: send due reminders and escalate overdue consulting requests.

The huey consumer runs the same work every morning (services/tasks.py). Installations that
run without a consumer (the embedded default) call this command from cron instead.
"""

from __future__ import annotations

import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from duijie.services.domain.deadlines import escalate_overdue_requests, send_deadline_reminders


class Command(BaseCommand):
    help = "Send consulting-request deadline reminders and escalate overdue requests."

    def add_arguments(self, parser):
        parser.add_argument("--date", help="Act as if today were YYYY-MM-DD (default: today).")

    def handle(self, *args, **options):
        today = self._day(options["date"])
        reminded = send_deadline_reminders(today=today)
        escalated = escalate_overdue_requests(today=today)
        self.stdout.write(f"{today.isoformat()}: {reminded} reminded, {escalated} escalated.")

    def _day(self, text: str | None) -> datetime.date:
        if not text:
            return timezone.localdate()
        try:
            return datetime.date.fromisoformat(text)
        except ValueError:
            raise CommandError(f"Expected a date as YYYY-MM-DD, got {text!r}.") from None
