"""`duijie event-reminders`: email the participants of events starting soon their reminder.

The huey consumer runs the same work every hour (events/tasks.py). Installations that run
without a consumer (the embedded default) call this command from cron, e.g. hourly. Each
participant is reminded once, however often it runs.
"""

from __future__ import annotations

import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from duijie.events.domain.reminders import reminder_lead, send_event_reminders


class Command(BaseCommand):
    help = "Email admitted participants a reminder before their event starts (once each)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--at",
            help="Act as if it were this local time, YYYY-MM-DDTHH:MM (default: now).",
        )

    def handle(self, *args, **options):
        now = self._moment(options["at"])
        sent = send_event_reminders(now=now)
        lead = reminder_lead()
        local = timezone.localtime(now)
        self.stdout.write(f"{local:%Y-%m-%d %H:%M}: {sent} reminders sent (lead {lead}).")

    def _moment(self, text: str | None) -> datetime.datetime:
        if not text:
            return timezone.now()
        try:
            moment = datetime.datetime.fromisoformat(text)
        except ValueError:
            raise CommandError(f"Expected a time as YYYY-MM-DDTHH:MM, got {text!r}.") from None
        return moment if timezone.is_aware(moment) else timezone.make_aware(moment)
