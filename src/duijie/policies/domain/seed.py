"""Loading the verified policy seed file into the library, idempotently.

Used by `duijie load-policies` (a fresh production install) and by the demo loader. Each
run brings the seeded policies back to the file's content; policies staff added in the
admin (other identifiers) are left alone.
"""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

from django.db import transaction

from duijie.common.audit import record_event
from duijie.policies.core import load_policy_seed
from duijie.policies.domain.tags import tag_label
from duijie.policies.models import Policy, PolicyArticle, PolicyTag


def load_policy_library(path: Path | None = None) -> dict[str, int]:
    """Create or refresh every seeded policy; returns counts of created and updated ones."""
    entries = load_policy_seed(path)  # raises SeedError before anything is written
    counts = {"created": 0, "updated": 0}
    with transaction.atomic():
        for entry in entries:
            created = _load_policy(entry)
            counts["created" if created else "updated"] += 1
    return counts


def _load_policy(entry: dict[str, Any]) -> bool:
    policy, created = Policy.objects.update_or_create(
        slug=entry["id"], defaults=policy_fields(entry)
    )
    policy.tags.set([ensure_tag(code) for code in entry["tags"]])
    _replace_articles(policy, entry["articles"])
    if created:
        record_event(policy, "policy.seeded", source="seed/policies.json")
    return created


def policy_fields(entry: dict[str, Any]) -> dict[str, Any]:
    """Model fields from one checked seed entry; null (unverified) becomes empty."""
    issuer = entry["issuer"] or {"zh": "", "en": ""}
    return {
        "title_zh": entry["title"]["zh"],
        "title_en": entry["title"]["en"],
        "issuer_zh": issuer["zh"],
        "issuer_en": issuer["en"],
        "document_number": entry["document_number"] or "",
        "document_number_en": entry["document_number_en"] or "",
        "issued_on": _date(entry["issued_on"]),
        "valid_from": _date(entry["valid_from"]),
        "valid_to": _date(entry["valid_to"]),
        "summary_zh": entry["summary"]["zh"],
        "summary_en": entry["summary"]["en"],
        "full_text_zh": entry["full_text_zh"] or "",
        "rule_set": entry["rule_set"] or "",
        "source_url": entry["source_url"] or "",
        "sources": list(entry["sources"]),
        "verification": entry["verification"],
    }


def ensure_tag(code: str) -> PolicyTag:
    name_zh, name_en = tag_label(code)
    tag, _created = PolicyTag.objects.get_or_create(
        code=code, defaults={"name_zh": name_zh, "name_en": name_en}
    )
    return tag


def _replace_articles(policy: Policy, articles: list[dict[str, Any]]) -> None:
    policy.articles.all().delete()
    PolicyArticle.objects.bulk_create(
        PolicyArticle(
            policy=policy,
            position=position,
            number=article["number"],
            heading_zh=article["heading"]["zh"] or "",
            heading_en=article["heading"]["en"],
            text_zh=article["text_zh"] or "",
            summary_en=article["summary_en"],
        )
        for position, article in enumerate(articles, start=1)
    )


def _date(text: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(text) if text else None
