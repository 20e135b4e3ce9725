"""Small helpers turning counts into the {key, label, count} buckets the dashboard shows."""

from __future__ import annotations

from collections.abc import Iterable


def bucket(key, label, count) -> dict:
    return {"key": str(key), "label": str(label), "count": int(count or 0)}


def from_choices(counts: dict, choices: Iterable[tuple[str, str]], *, keep_zero=True) -> list:
    """Buckets in the order of `choices`, labelled in the reader's language."""
    rows = [bucket(value, label, counts.get(value, 0)) for value, label in choices]
    return rows if keep_zero else [row for row in rows if row["count"]]


def with_shares(rows: list[dict]) -> list[dict]:
    """Add `share` (0–100, relative to the largest bucket) for bar charts."""
    top = max((row["count"] for row in rows), default=0)
    return [{**row, "share": round(100 * row["count"] / top) if top else 0} for row in rows]
