"""`duijie taskforce-reminders`: escalate overdue work items and send progress-report reminders.

The huey consumer runs the same work every morning (taskforce/tasks.py). Installations that
run without a consumer (the embedded default) call this command from cron instead; both
are safe to run repeatedly, since each escalation and reminder is recorded before it is sent.
"""

from __future__ import annotations

import argparse
import datetime

from django.core.management.base import BaseCommand
from django.utils import timezone

from duijie.taskforce.domain.escalation import escalate_overdue_items
from duijie.taskforce.domain.reminders import send_report_reminders


class Command(BaseCommand):
    help = "Escalate overdue work items and send progress-report reminders (once each)."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--date", type=iso_date, help="Act as if today were YYYY-MM-DD (default: today)."
        )

    def handle(self, *args, **options) -> None:
        today = options["date"] or timezone.localdate()
        escalated = escalate_overdue_items(today=today)
        reminders = send_report_reminders(today=today)
        overdue = sum(reminder.kind == "overdue" for reminder in reminders)
        self.stdout.write(
            f"{today.isoformat()}: {len(escalated)} escalated, "
            f"{len(reminders) - overdue} report reminders, {overdue} overdue notices."
        )


def iso_date(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {text!r}") from None
