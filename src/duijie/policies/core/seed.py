"""The policy-library seed file: schema check and loading, returning plain dicts.

Null is meaningful here: it marks a field that could not be verified against a published
source (a document number, an issuer, the Chinese text), so the library shows a gap
instead of an invented value. Only the id, bilingual title and summary, tags and the
verification note are always required.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from duijie.policies.core.ruleset import ID_PATTERN, parse_iso_date

DEFAULT_SEED_PATH = Path(__file__).resolve().parent.parent / "seed" / "policies.json"
SEED_SCHEMA_VERSION = 1

_POLICY_KEYS = {
    "id",
    "title",
    "issuer",
    "document_number",
    "document_number_en",
    "issued_on",
    "valid_from",
    "valid_to",
    "summary",
    "full_text_zh",
    "articles",
    "tags",
    "rule_set",
    "source_url",
    "sources",
    "verification",
}
_ARTICLE_KEYS = {"number", "heading", "text_zh", "summary_en"}
_DATE_KEYS = ("issued_on", "valid_from", "valid_to")


class SeedError(ValueError):
    """The seed file does not follow the schema; the message says where."""


def load_policy_seed(path: Path | None = None) -> tuple[dict[str, Any], ...]:
    """The seed's policies, checked; raises SeedError on any schema problem."""
    seed_path = path or DEFAULT_SEED_PATH
    try:
        data = json.loads(seed_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise SeedError(f"{seed_path.name}: not valid JSON ({error})") from None
    problems = seed_problems(data)
    if problems:
        raise SeedError(f"{seed_path.name}: " + "; ".join(problems))
    return tuple(data["policies"])


def seed_problems(data: object) -> list[str]:
    """Every schema problem in decoded seed data; empty when it is usable."""
    if not isinstance(data, Mapping) or set(data) != {"schema_version", "policies"}:
        return ["top level: expected exactly schema_version and policies"]
    if data["schema_version"] != SEED_SCHEMA_VERSION:
        return [f"schema_version: expected {SEED_SCHEMA_VERSION}"]
    policies = data["policies"]
    if not isinstance(policies, list) or not policies:
        return ["policies: expected a non-empty list"]
    problems = [p for i, policy in enumerate(policies) for p in _policy_problems(policy, i)]
    ids = [policy.get("id") for policy in policies if isinstance(policy, Mapping)]
    duplicates = sorted({str(item) for item in ids if ids.count(item) > 1})
    if duplicates:
        problems.append(f"policies: duplicate id(s) {', '.join(duplicates)}")
    return problems


def _policy_problems(policy: object, index: int) -> list[str]:
    path = f"policies[{index}]"
    if not isinstance(policy, Mapping) or set(policy) != _POLICY_KEYS:
        return [f"{path}: expected exactly the keys {', '.join(sorted(_POLICY_KEYS))}"]
    checks = [
        _identifier(policy["id"], f"{path}.id"),
        _label(policy["title"], f"{path}.title"),
        _label(policy["summary"], f"{path}.summary"),
        _text(policy["verification"], f"{path}.verification"),
        _optional(_label, policy["issuer"], f"{path}.issuer"),
        _optional(_identifier, policy["rule_set"], f"{path}.rule_set"),
        *[
            _optional(_text, policy[key], f"{path}.{key}")
            for key in ("document_number", "document_number_en", "full_text_zh", "source_url")
        ],
        *[_optional(_date, policy[key], f"{path}.{key}") for key in _DATE_KEYS],
        _date_order(policy, path),
        _list_of(_identifier, policy["tags"], f"{path}.tags", non_empty=True),
        _list_of(_text, policy["sources"], f"{path}.sources", non_empty=True),
    ]
    problems = [problem for problem in checks if problem]
    return problems + _articles_problems(policy["articles"], f"{path}.articles")


def _articles_problems(articles: object, path: str) -> list[str]:
    if not isinstance(articles, list):
        return [f"{path}: expected a list"]
    problems = []
    for index, article in enumerate(articles):
        where = f"{path}[{index}]"
        if not isinstance(article, Mapping) or set(article) != _ARTICLE_KEYS:
            problems.append(f"{where}: expected exactly {', '.join(sorted(_ARTICLE_KEYS))}")
            continue
        checks = [
            _optional(_positive_int, article["number"], f"{where}.number"),
            _heading(article["heading"], f"{where}.heading"),
            _optional(_text, article["text_zh"], f"{where}.text_zh"),
            _text(article["summary_en"], f"{where}.summary_en"),
        ]
        problems.extend(problem for problem in checks if problem)
    return problems


def _heading(data: object, path: str) -> str | None:
    # The Chinese heading may be unverified (null); the English one is always shown.
    if not isinstance(data, Mapping) or set(data) != {"zh", "en"}:
        return f"{path}: expected zh and en"
    return _optional(_text, data["zh"], f"{path}.zh") or _text(data["en"], f"{path}.en")


def _date_order(policy: Mapping[str, Any], path: str) -> str | None:
    start, end = parse_iso_date(policy["valid_from"]), parse_iso_date(policy["valid_to"])
    if start and end and end < start:
        return f"{path}.valid_to: must not be before valid_from"
    return None


def _positive_int(value: object, path: str) -> str | None:
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return None
    return f"{path}: expected a positive whole number"


def _optional(check: Any, value: object, path: str) -> str | None:
    return None if value is None else check(value, path)


def _list_of(check: Any, value: object, path: str, *, non_empty: bool) -> str | None:
    if not isinstance(value, list) or (non_empty and not value):
        return f"{path}: expected a non-empty list"
    problems = [check(item, f"{path}[{i}]") for i, item in enumerate(value)]
    return next((problem for problem in problems if problem), None)


def _identifier(value: object, path: str) -> str | None:
    if isinstance(value, str) and ID_PATTERN.fullmatch(value):
        return None
    return f"{path}: expected lower-case letters, digits, '-' or '_'"


def _text(value: object, path: str) -> str | None:
    return None if isinstance(value, str) and value.strip() else f"{path}: expected text"


def _label(value: object, path: str) -> str | None:
    if not isinstance(value, Mapping) or set(value) != {"zh", "en"}:
        return f"{path}: expected zh and en"
    return _text(value["zh"], f"{path}.zh") or _text(value["en"], f"{path}.en")


def _date(value: object, path: str) -> str | None:
    return None if parse_iso_date(value) else f"{path}: expected a date as YYYY-MM-DD"
