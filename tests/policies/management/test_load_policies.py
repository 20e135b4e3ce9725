"""`duijie load-policies` fills a fresh install's library and can run again safely."""

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from duijie.policies.models import Policy

pytestmark = pytest.mark.django_db


def run(*args) -> str:
    out = StringIO()
    call_command("load_policies", *args, stdout=out)
    return out.getvalue()


def test_loads_then_refreshes():
    assert "4 created, 0 refreshed" in run()
    assert "0 created, 4 refreshed" in run()
    assert Policy.objects.count() == 4


def test_a_bad_file_is_a_command_error(tmp_path):
    path = tmp_path / "seed.json"
    path.write_text(json.dumps({"schema_version": 2, "policies": []}), "utf-8")
    with pytest.raises(CommandError, match="schema_version"):
        run("--file", str(path))
    with pytest.raises(CommandError):
        run("--file", str(tmp_path / "missing.json"))
