"""`duijie eval-matching` as a Django management command (no database involved)."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def run(*args: str) -> str:
    out = StringIO()
    call_command("eval_matching", *args, stdout=out)
    return out.getvalue()


def test_json_output_ends_with_the_metrics_line() -> None:
    output = run(
        "--offers",
        str(FIXTURES / "offers.jsonl"),
        "--needs",
        str(FIXTURES / "needs.jsonl"),
        "--json",
    )
    last = output.strip().splitlines()[-1]
    assert json.loads(last) == {
        "queries": 10,
        "recall@1": 1.0,
        "recall@5": 1.0,
        "recall@10": 1.0,
        "mrr": 1.0,
        "ndcg@10": 1.0,
    }
    assert list(json.loads(last)) == [
        "queries",
        "recall@1",
        "recall@5",
        "recall@10",
        "mrr",
        "ndcg@10",
    ]


def test_bad_file_exits_with_line_number(tmp_path: Path) -> None:
    bad = tmp_path / "offers.jsonl"
    bad.write_text(
        '{"id": "o1", "lang": "en", "kind": "offer", "title": "t", "description": ""}\n[1]\n'
    )
    with pytest.raises(CommandError, match=r"offers.jsonl:2: expected a JSON object"):
        run("--offers", str(bad), "--needs", str(FIXTURES / "needs.jsonl"))
