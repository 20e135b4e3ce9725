"""`duijie request-deadlines` runs the daily reminder and escalation for cron users."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError


def run(*args) -> str:
    out = StringIO()
    call_command("request_deadlines", *args, stdout=out)
    return out.getvalue()


def test_reminds_and_escalates_for_the_given_day(desk, submit, monkeypatch):
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *a: datetime.date(2025, 9, 25))
    submit()  # due Thu 9 Oct 2025
    assert run("--date", "2025-09-30") == "2025-09-30: 1 reminded, 0 escalated.\n"
    assert run("--date", "2025-10-10") == "2025-10-10: 0 reminded, 1 escalated.\n"
    assert run("--date", "2025-10-13") == "2025-10-13: 0 reminded, 0 escalated.\n"


def test_a_bad_date_is_refused(db):
    with pytest.raises(CommandError):
        run("--date", "10/10/2025")
