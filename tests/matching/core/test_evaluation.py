"""The evaluation pipeline on the bundled fixture set, without Django."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from duijie.matching.core.evaluation import EvalInputError, evaluate_files, format_metrics

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
OFFERS, NEEDS = FIXTURES / "offers.jsonl", FIXTURES / "needs.jsonl"


def test_fixture_set_is_ranked_perfectly() -> None:
    assert evaluate_files(OFFERS, NEEDS) == {
        "queries": 10,
        "recall@1": 1.0,
        "recall@5": 1.0,
        "recall@10": 1.0,
        "mrr": 1.0,
        "ndcg@10": 1.0,
    }


def test_a_wrong_label_costs_exactly_one_query(tmp_path: Path) -> None:
    rows = [json.loads(line) for line in NEEDS.read_text("utf-8").splitlines()]
    rows[0]["relevant"] = ["o11"]  # a water buoy cannot answer a defect-detection need
    needs = tmp_path / "needs.jsonl"
    needs.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), "utf-8")
    metrics = evaluate_files(OFFERS, needs)
    assert metrics["recall@1"] == 0.9 and metrics["recall@5"] <= 1.0
    assert metrics["mrr"] < 0.95


def test_json_line_is_last() -> None:
    text = format_metrics({"queries": 1, "mrr": 0.5}, as_json=True)
    assert text.splitlines()[-1] == '{"queries": 1, "mrr": 0.5}'
    assert "mrr" in format_metrics({"mrr": 0.5})


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "needs.jsonl:2: bad JSON"),
        ('{"id": "x", "lang": "en", "kind": "need", "title": "t"}', "needs.jsonl:2: missing key"),
        (
            '{"id": "x", "lang": "fr", "kind": "need", "title": "t", "description": "",'
            ' "relevant": ["o01"]}',
            "needs.jsonl:2: lang",
        ),
        (
            '{"id": "x", "lang": "en", "kind": "need", "title": "t", "description": "",'
            ' "relevant": ["o99"]}',
            "needs.jsonl:2: unknown relevant id(s) ['o99']",
        ),
        (
            '{"id": "x", "lang": "en", "kind": "offer", "title": "t", "description": "",'
            ' "relevant": []}',
            "needs.jsonl:2: kind is 'offer'",
        ),
    ],
)
def test_bad_need_files_name_the_line(tmp_path: Path, line: str, message: str) -> None:
    first = NEEDS.read_text("utf-8").splitlines()[0]
    needs = tmp_path / "needs.jsonl"
    needs.write_text(first + "\n" + line + "\n", "utf-8")
    with pytest.raises(EvalInputError, match=None) as caught:
        evaluate_files(OFFERS, needs)
    assert message in str(caught.value)


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(EvalInputError, match="cannot read"):
        evaluate_files(tmp_path / "nope.jsonl", NEEDS)
