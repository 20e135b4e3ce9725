"""Links between policies and the consulting requests they answer."""

from __future__ import annotations

from django.db import transaction

from duijie.common.audit import record_event
from duijie.common.permissions import require
from duijie.policies.models import Policy


def link_policy_to_request(policy: Policy, *, actor, consulting_request) -> Policy:
    """Cite a policy on a request (the handling department does this while answering)."""
    require(actor, "services.handle_request", consulting_request)
    with transaction.atomic():
        policy.related_requests.add(consulting_request)
        record_event(
            consulting_request, "consulting_request.policy_linked", actor=actor, policy=policy.slug
        )
    return policy


def unlink_policy_from_request(policy: Policy, *, actor, consulting_request) -> Policy:
    """Remove a policy cited on a request by mistake."""
    require(actor, "services.handle_request", consulting_request)
    with transaction.atomic():
        policy.related_requests.remove(consulting_request)
        record_event(
            consulting_request,
            "consulting_request.policy_unlinked",
            actor=actor,
            policy=policy.slug,
        )
    return policy
