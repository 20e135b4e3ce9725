"""A small service desk: two departments with staff, a lead, routing and requesters."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from tests.factories import DepartmentFactory, UserFactory
from tests.services.factories import company_user, government_user, route


@dataclass
class Desk:
    commerce: object  # department that handles regional-HQ requests
    invest: object  # another department
    clerk: object  # commerce staff (Chinese)
    colleague: object  # commerce staff (English)
    lead: object  # commerce service lead
    investor_clerk: object  # invest staff
    requester: object  # English-speaking company member
    requester_zh: object  # Chinese-speaking company member
    stranger: object  # another company member
    admin: object  # platform administrator
    operator: object  # platform staff, not an administrator


@pytest.fixture
def desk(db) -> Desk:
    from duijie.services.models import DepartmentLead

    commerce = DepartmentFactory(code="sh-commerce", name_zh="上海市商务委员会", name_en="Commerce")
    invest = DepartmentFactory(code="yp-invest", name_zh="杨浦区投资促进办公室", name_en="Invest")
    route("regional_hq", commerce, days=5, reminder=1)
    route("site_selection", invest, days=5, reminder=1)
    lead = government_user(commerce, full_name="Lead Li", email="lead@gov.example")
    DepartmentLead.objects.create(department=commerce, user=lead)
    return Desk(
        commerce=commerce,
        invest=invest,
        clerk=government_user(commerce, full_name="张伟", email="clerk@gov.example"),
        colleague=government_user(
            commerce, full_name="Colleague", email="colleague@gov.example", language="en"
        ),
        lead=lead,
        investor_clerk=government_user(invest, full_name="陈静", email="invest@gov.example"),
        requester=company_user(full_name="Tan Wei", email="tan@company.example", language="en"),
        requester_zh=company_user(
            full_name="王芳", email="wang@company.example", language="zh-hans"
        ),
        stranger=company_user(full_name="Other Person", email="other@company.example"),
        admin=UserFactory(is_superuser=True, is_staff=True, email="root@duijie.example"),
        operator=UserFactory(is_staff=True, email="ops@duijie.example"),
    )


@pytest.fixture
def submit(desk):
    """Submit a regional-HQ request as `actor` (the English requester by default)."""
    from duijie.services.domain.submission import submit_request
    from tests.services.factories import category

    def _submit(actor=None, code="regional_hq", uploads=(), **fields):
        fields.setdefault("subject", "Regional HQ recognition")
        fields.setdefault("description", "Which conditions apply to us?")
        fields.setdefault("content_locale", "en")
        return submit_request(
            actor=actor or desk.requester, category=category(code), uploads=uploads, **fields
        )

    return _submit
