"""Routing rules: the department responsible for each category, edited by administrators."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from duijie.common.audit import record_event
from duijie.common.errors import DomainError
from duijie.common.permissions import require
from duijie.services.models import RequestCategory, RoutingRule


def routing_rule_for(category: RequestCategory) -> RoutingRule:
    """The rule that routes new requests of `category`; refuses categories nobody answers."""
    rule = RoutingRule.objects.select_related("department").filter(category=category).first()
    if rule is None or not category.is_active:
        raise DomainError(
            _("This category does not take requests at the moment; please choose another."),
            code="no_route",
        )
    return rule


def set_routing_rule(
    category: RequestCategory,
    *,
    actor,
    department,
    response_working_days: int,
    reminder_working_days: int,
) -> RoutingRule:
    """Route future requests of `category` to `department` (open requests stay where they are)."""
    require(actor, "services.manage_routing")
    if reminder_working_days >= response_working_days:
        raise DomainError(
            _("The reminder must come before the deadline."), code="reminder_after_deadline"
        )
    with transaction.atomic():
        rule, _created = RoutingRule.objects.update_or_create(
            category=category,
            defaults={
                "department": department,
                "response_working_days": response_working_days,
                "reminder_working_days": reminder_working_days,
            },
        )
        record_event(
            rule,
            "routing_rule.set",
            actor=actor,
            category=category.code,
            department=department.code,
            days=response_working_days,
        )
    return rule
