"""The `duijie schedule` command on a small fixture, checked exactly."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

FIXTURES = Path(__file__).parent / "fixtures"


def _run(*args: str) -> dict:
    out = StringIO()
    call_command("schedule", *args, stdout=out)
    lines = out.getvalue().splitlines()
    assert len(lines) == 1
    return json.loads(lines[0])


def test_schedules_the_fixture_exactly(tmp_path):
    output = tmp_path / "schedule.json"
    summary = _run(str(FIXTURES / "small_event.json"), "-o", str(output))
    assert set(summary) == {"meetings", "weight", "upper_bound", "seconds"}
    assert (summary["meetings"], summary["weight"], summary["upper_bound"]) == (5, 10, 10)
    expected = json.loads((FIXTURES / "small_event.schedule.json").read_text())
    assert json.loads(output.read_text()) == expected


def test_time_limit_is_accepted(tmp_path):
    output = tmp_path / "schedule.json"
    summary = _run(str(FIXTURES / "small_event.json"), "-o", str(output), "--time-limit", "5")
    assert summary["weight"] == 10


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{oops", "invalid instance: bad JSON"),
        (
            '{"slots": [], "tables": [], "participants": [], "requests": [{"a": "x", "b": "y"}]}',
            "invalid instance: requests[0] ('x', 'y'): unknown participant 'x'",
        ),
    ],
)
def test_invalid_instances_fail_with_a_message(tmp_path, content, message):
    source = tmp_path / "bad.json"
    source.write_text(content)
    with pytest.raises(CommandError, match=re.escape(message)):
        call_command("schedule", str(source), "-o", str(tmp_path / "out.json"))
    assert not (tmp_path / "out.json").exists()


def test_missing_file_is_reported(tmp_path):
    with pytest.raises(CommandError, match="cannot read"):
        call_command("schedule", str(tmp_path / "nope.json"), "-o", str(tmp_path / "o.json"))


def test_console_exit_code_and_no_traceback(tmp_path):
    source = tmp_path / "bad.json"
    source.write_text('{"slots": "none"}')
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="duijie.settings")
    result = subprocess.run(
        [sys.executable, "-m", "duijie.cli", "schedule", str(source), "-o", str(tmp_path / "o")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode != 0
    assert "'slots' must be a list" in result.stderr
    assert "Traceback" not in result.stderr
