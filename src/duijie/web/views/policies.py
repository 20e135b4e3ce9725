"""The policy library and the regional-HQ eligibility check (public pages)."""

from __future__ import annotations

from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from duijie.policies.core import FactValidationError, RuleSetError, RuleSetNotFound
from duijie.policies.domain.eligibility import (
    errors_by_field,
    present_report,
    reader_language,
    run_rhq_check,
)
from duijie.policies.domain.queries import library_page, published_policies
from duijie.policies.interfaces.forms import PolicyFilterForm, RhqEligibilityForm
from duijie.policies.models import Policy
from duijie.services.domain.queries import visible_requests
from duijie.web.views.helpers import paginate


def policy_list(request):
    form = PolicyFilterForm(request.GET or None)
    data = form.cleaned_data if form.is_valid() else {}
    today = timezone.localdate()
    policies = library_page(
        query=data.get("q", ""), tag=data.get("tag", ""), state=data.get("state", ""), today=today
    )
    context = {"form": form, "page": paginate(request, policies), "today": today}
    return render(request, "web/policies/list.html", context)


def policy_detail(request, slug: str):
    policy = get_object_or_404(published_policies().prefetch_related("tags"), slug=slug)
    # Only requests the reader may see anyway; the link itself must not leak others'.
    related = visible_requests(request.user).filter(policies=policy)
    context = {
        "policy": policy,
        "state": policy.state_on(timezone.localdate()),
        "articles": policy.articles.all(),
        "related_requests": related.select_related("category"),
    }
    return render(request, "web/policies/detail.html", context)


def rhq_check(request):
    """The self-check form; a valid submission shows the verdicts with their reasons."""
    # An empty submission is valid (everything unknown), so bind on POST, not on data.
    form = RhqEligibilityForm(request.POST if request.method == "POST" else None)
    if request.method != "POST" or not form.is_valid():
        return render(request, "web/policies/rhq_check.html", {"form": form})
    try:
        report = run_rhq_check(form.facts(), today=timezone.localdate())
    except FactValidationError as error:
        for field, messages in errors_by_field(error.errors).items():
            for message in messages:
                form.add_error(field if field in form.fields else None, message)
        return render(request, "web/policies/rhq_check.html", {"form": form})
    except (RuleSetNotFound, RuleSetError):
        return render(request, "web/policies/rhq_check.html", {"form": form, "no_rules": True})
    return render(request, "web/policies/rhq_result.html", _result_context(form, report))


def _result_context(form: RhqEligibilityForm, report) -> dict:
    rule_set = report.rule_set
    stated = [
        (form.fields[name].label, _display_value(form, name, value))
        for name, value in form.facts().items()
    ]
    return {
        "form": form,
        "categories": present_report(report),
        "rule_set": rule_set,
        "rule_title": rule_set.title.get(reader_language()),
        "policy": Policy.objects.filter(rule_set=rule_set.policy_id, is_published=True).first(),
        "stated": stated,
    }


def _display_value(form, name: str, value) -> str:
    if value is None:
        return ""
    field = form.fields[name]
    choices = dict(getattr(field, "choices", ()))
    if isinstance(value, bool):
        return str(choices.get("true" if value else "false", value))
    return str(choices.get(value, f"{value:,}" if isinstance(value, int | float) else value))
