"""Turning an EligibilityReport into plain JSON-ready data for the command line and the API."""

from __future__ import annotations

from typing import Any

from duijie.policies.core.engine import CategoryResult, EligibilityReport
from duijie.policies.core.ruleset import RuleSet


def report_to_dict(report: EligibilityReport, *, with_labels: bool = True) -> dict[str, Any]:
    """{"policy": {...}, "<category id>": {"eligible", "met", "missed", "unknown", "needed"}}.

    with_labels adds the bilingual category label, note and per-criterion status and label,
    which a page needs to explain the answer; the command line leaves them out to stay terse.
    """
    data: dict[str, Any] = {"policy": policy_to_dict(report.rule_set, with_labels=with_labels)}
    for result in report.results:
        data[result.category.id] = category_to_dict(result, with_labels=with_labels)
    return data


def policy_to_dict(rule_set: RuleSet, *, with_labels: bool = True) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": rule_set.policy_id,
        "document_number": rule_set.document_number,
        "valid_from": rule_set.valid_from.isoformat(),
        "valid_to": rule_set.valid_to.isoformat() if rule_set.valid_to else None,
    }
    if with_labels:
        data["title"] = rule_set.title.as_dict()
        data["source_url"] = rule_set.source_url
    return data


def category_to_dict(result: CategoryResult, *, with_labels: bool = True) -> dict[str, Any]:
    data: dict[str, Any] = {
        "eligible": result.eligible,
        "met": list(result.met),
        "missed": list(result.missed),
        "unknown": list(result.unknown),
        "needed": list(result.needed),
    }
    if with_labels:
        category = result.category
        data["label"] = category.label.as_dict()
        data["note"] = category.note.as_dict() if category.note else None
        data["criteria"] = [
            {
                "id": outcome.criterion.id,
                "fact": outcome.criterion.fact,
                "status": outcome.status,
                "label": outcome.criterion.label.as_dict(),
            }
            for outcome in result.outcomes
        ]
    return data
