"""Demo content of the policy library: the verified seed, linked to demo requests."""

from __future__ import annotations

import datetime

from duijie.policies.domain.seed import load_policy_library
from duijie.policies.models import Policy
from duijie.services.models import ConsultingRequest

ORDER = 40

# Demo consulting requests (services/demo_content.py keys) and the policies they concern.
DEMO_LINKS = {
    "rhq-2022": ("req-rhq-recognition", "req-rhq-zh", "req-bu-hq"),
    "rhq-fund-2025": ("req-funding-zh",),
    "rd-centres-2020": ("req-rd-centre",),
}


def load_demo(*, today: datetime.date) -> dict[str, int]:
    """Load the library (idempotent) and link the demo requests that exist already."""
    counts = load_policy_library()
    link_demo_requests()
    return {"policies": counts["created"] + counts["updated"]}


def link_demo_requests() -> int:
    """Cite policies on demo requests; called by both demo loaders so their order is free."""
    links = 0
    for slug, keys in DEMO_LINKS.items():
        policy = Policy.objects.filter(slug=slug).first()
        requests = ConsultingRequest.objects.filter(is_sample=True, demo_key__in=keys)
        if policy is not None:
            policy.related_requests.add(*requests)
            links += len(requests)
    return links
