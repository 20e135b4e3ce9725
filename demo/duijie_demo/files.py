"""Read the demo's data files (`data/*.json`): the content is data, the loaders are code."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data"


def read(name: str) -> Any:
    """`data/<name>.json`, with every list as a tuple: the records built from it are frozen."""
    return _frozen(json.loads((DATA / f"{name}.json").read_text(encoding="utf-8")))


def rows(items: tuple[dict, ...], *names: str) -> tuple[tuple, ...]:
    """Named records as tuples of the given fields, for loaders that unpack rows."""
    return tuple(tuple(item[name] for name in names) for item in items)


def _frozen(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_frozen(item) for item in value)
    if isinstance(value, dict):
        return {key: _frozen(item) for key, item in value.items()}
    return value
