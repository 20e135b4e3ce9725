"""API of the policy library and the regional-HQ eligibility check."""

import datetime
import json

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import Query, Router, Schema
from ninja.pagination import paginate

from duijie.api.pagination import PageNumberPagination
from duijie.api.writes import ErrorsOut
from duijie.policies.core import (
    FactValidationError,
    RuleSetError,
    RuleSetNotFound,
    report_to_dict,
)
from duijie.policies.core.facts import WHOLE_INPUT, FactError
from duijie.policies.domain.eligibility import error_message, run_rhq_check
from duijie.policies.domain.queries import library_page, published_policies

router = Router()


class TagOut(Schema):
    code: str
    name_zh: str
    name_en: str


class PolicyOut(Schema):
    slug: str
    title_zh: str
    title_en: str
    issuer_zh: str
    issuer_en: str
    document_number: str
    document_number_en: str
    issued_on: datetime.date | None
    valid_from: datetime.date | None
    valid_to: datetime.date | None
    state: str
    summary_zh: str
    summary_en: str
    tags: list[TagOut]
    rule_set: str
    source_url: str


class ArticleOut(Schema):
    number: int | None
    heading_zh: str
    heading_en: str
    text_zh: str
    summary_en: str


class PolicyDetailOut(PolicyOut):
    full_text_zh: str
    full_text_en: str
    articles: list[ArticleOut]


class PolicyQuery(Schema):
    q: str = ""
    tag: str = ""
    state: str = ""


class FactErrorOut(Schema):
    field: str
    code: str
    message: str


class FactErrorsOut(Schema):
    errors: list[FactErrorOut]


class DetailOut(Schema):
    detail: str


def _policy(policy) -> dict:
    fields = {name: getattr(policy, name) for name in PolicyOut.model_fields if name != "state"}
    fields["state"] = policy.current_state
    fields["tags"] = list(policy.tags.all())
    return fields


@router.get("", response=list[PolicyOut], summary="Policies, searched in both languages")
@paginate(PageNumberPagination, page_size=20)
def list_policies(request, filters: Query[PolicyQuery]):
    policies = library_page(
        query=filters.q, tag=filters.tag, state=filters.state, today=timezone.localdate()
    )
    return [_policy(policy) for policy in policies]


FACTS_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "entity_type": {"enum": ["fie", "fie_branch", "other", None]},
        **{
            name: {"type": ["number", "null"], "minimum": 0}
            for name in (
                "parent_total_assets_usd",
                "registered_capital_usd",
                "branch_operating_funds_usd",
                "years_operating_in_shanghai",
                "prior_year_revenue_rmb",
            )
        },
        **{
            name: {"type": ["number", "null"], "minimum": 0, "maximum": 100}
            for name in ("parent_ownership_pct", "parent_bu_revenue_share_pct")
        },
        "serious_dishonesty_last_3y": {"type": ["boolean", "null"]},
    },
}


@router.post(
    "/rhq-eligibility",
    # 422: the facts' own errors, or the API's usual shape for a bad query or control characters
    response={200: dict, 422: FactErrorsOut | ErrorsOut, 404: DetailOut},
    summary="Regional-HQ eligibility for a facts object (as `duijie check-rhq`)",
    openapi_extra={
        "requestBody": {"content": {"application/json": {"schema": FACTS_SCHEMA}}, "required": True}
    },
)
def rhq_eligibility(request: HttpRequest, labels: bool = False, policy: str | None = None):
    """The command's JSON structure; `labels=true` adds the bilingual labels of each criterion.

    Numbers must be JSON numbers: text, negatives and percentages over 100 give 422 with
    one error per field, messages in the caller's language.
    """
    try:
        facts = json.loads(request.body or b"null")
    except (json.JSONDecodeError, UnicodeDecodeError):
        return 422, {"errors": [_error(FactError(WHOLE_INPUT, "invalid_json", ""))]}
    try:
        report = run_rhq_check(facts, today=timezone.localdate(), policy_id=policy)
    except FactValidationError as error:
        return 422, {"errors": [_error(item) for item in error.errors]}
    except (RuleSetNotFound, RuleSetError) as error:
        return 404, {"detail": str(error)}
    return 200, report_to_dict(report, with_labels=labels)


def _error(error: FactError) -> dict:
    return {"field": error.field, "code": error.code, "message": error_message(error)}


@router.get("/{slug}", response=PolicyDetailOut, summary="One policy")
def get_policy(request, slug: str):
    policy = get_object_or_404(published_policies(), slug=slug)
    data = _policy(policy)
    data.update(full_text_zh=policy.full_text_zh, full_text_en=policy.full_text_en)
    data["articles"] = list(policy.articles.all())
    return data
