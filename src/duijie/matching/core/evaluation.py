"""Offline evaluation: rank every offer for every need with the platform's engine.

Input files hold one JSON object per line. Offers: ``{"id", "lang", "kind": "offer", "title",
"description", "sector"?}``; needs add ``"kind": "need"`` and ``"relevant": [offer ids]``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from duijie.matching.core.engine import EngineConfig, MatchEngine
from duijie.matching.core.metrics import ranking_metrics
from duijie.matching.core.types import TECH_OFFER, TECH_REQUEST, ListingDoc

REQUIRED_KEYS = ("id", "lang", "kind", "title", "description")
LANG_VALUES = ("zh", "en")


class EvalInputError(ValueError):
    """A problem in an input file, with the file name and line number in the message."""


@dataclass(frozen=True)
class EvalItem:
    key: str
    doc: ListingDoc
    relevant: frozenset[str] = frozenset()


def _parse_line(path: Path, number: int, line: str) -> dict:
    try:
        row = json.loads(line)
    except json.JSONDecodeError as error:
        raise EvalInputError(f"{path}:{number}: bad JSON ({error.msg})") from None
    if not isinstance(row, dict):
        raise EvalInputError(f"{path}:{number}: expected a JSON object")
    return row


def _check_row(path: Path, number: int, row: dict, kind: str) -> None:
    missing = [key for key in REQUIRED_KEYS if key not in row]
    if kind == "need" and "relevant" not in row:
        missing.append("relevant")
    if missing:
        raise EvalInputError(f"{path}:{number}: missing key(s) {', '.join(missing)}")
    if row["kind"] != kind:
        raise EvalInputError(f"{path}:{number}: kind is {row['kind']!r}, expected {kind!r}")
    if row["lang"] not in LANG_VALUES:
        raise EvalInputError(f"{path}:{number}: lang must be 'zh' or 'en'")
    if not isinstance(row["title"], str) or not isinstance(row["description"], str):
        raise EvalInputError(f"{path}:{number}: title and description must be strings")


def _relevant(path: Path, number: int, row: dict) -> frozenset[str]:
    value = row.get("relevant", [])
    if not isinstance(value, list) or not all(isinstance(v, str | int) for v in value):
        raise EvalInputError(f"{path}:{number}: relevant must be a list of ids")
    return frozenset(str(v) for v in value)


def _to_item(row: dict, number: int, kind: str, relevant: frozenset[str]) -> EvalItem:
    sector = row.get("sector")
    doc = ListingDoc(
        id=number,
        kind=TECH_OFFER if kind == "offer" else TECH_REQUEST,
        title=row["title"],
        description=row["description"],
        lang=row["lang"],
        sectors=(str(sector),) if sector else (),
    )
    return EvalItem(str(row["id"]), doc, relevant)


def load_items(path: str | Path, kind: str, first_id: int = 0) -> list[EvalItem]:
    """Parse and validate one JSONL file; internal ids start at ``first_id``."""
    path, items, seen = Path(path), [], set()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise EvalInputError(f"{path}: cannot read ({error})") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        row = _parse_line(path, number, line)
        _check_row(path, number, row, kind)
        if str(row["id"]) in seen:
            raise EvalInputError(f"{path}:{number}: duplicate id {row['id']!r}")
        seen.add(str(row["id"]))
        relevant = _relevant(path, number, row) if kind == "need" else frozenset()
        items.append(_to_item(row, first_id + len(items), kind, relevant))
    return items


def _check_relevant(needs_path: Path, needs: list[EvalItem], offers: list[EvalItem]) -> None:
    known = {item.key for item in offers}
    for number, item in _numbered(needs_path, needs):
        unknown = sorted(item.relevant - known)
        if unknown:
            raise EvalInputError(f"{needs_path}:{number}: unknown relevant id(s) {unknown}")


def _numbered(path: Path, items: list[EvalItem]) -> list[tuple[int, EvalItem]]:
    """Pair each item with its line number (blank lines are skipped when loading)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    numbers = [n for n, line in enumerate(lines, start=1) if line.strip()]
    return list(zip(numbers, items, strict=True))


def rank_offers(
    engine: MatchEngine, needs: list[EvalItem], offers: list[EvalItem]
) -> list[list[str]]:
    """For each need, every offer's key, best first."""
    key_of = {item.doc.id: item.key for item in offers}
    rankings = []
    for need in needs:
        hits = engine.match(need.doc, limit=len(offers)).hits
        rankings.append([key_of[h.id] for h in hits if h.id in key_of])
    return rankings


def evaluate_files(
    offers_path: str | Path, needs_path: str | Path, config: EngineConfig | None = None
) -> dict:
    """Metrics for the given files; raises :class:`EvalInputError` on bad input."""
    offers = load_items(offers_path, "offer")
    needs = load_items(needs_path, "need", first_id=len(offers))
    _check_relevant(Path(needs_path), needs, offers)
    if not needs:
        raise EvalInputError(f"{needs_path}: no needs")
    engine = MatchEngine(config)
    # Needs are listings on the platform too, so they share the corpus statistics.
    engine.add([item.doc for item in offers + needs])
    rankings = rank_offers(engine, needs, offers)
    return ranking_metrics(rankings, [set(item.relevant) for item in needs])


def format_metrics(metrics: dict, as_json: bool = False) -> str:
    """Human-readable lines; with ``as_json`` the last line is the metrics as one JSON object."""
    lines = [f"{key:>10}: {value}" for key, value in metrics.items()]
    if as_json:
        lines.append(json.dumps(metrics))
    return "\n".join(lines)
