import pytest

from tests.factories import DepartmentFactory, MembershipFactory, UserFactory
from tests.taskforce.factories import (
    ProposalFactory,
    WorkItemFactory,
    coordinator,
    government_user,
)


@pytest.fixture
def units(db):
    """The lead unit, a co-handling unit and an unrelated unit, with one staff member each."""
    parent = DepartmentFactory(code="yp-gov", name_zh="杨浦区人民政府", name_en="Yangpu Government")
    lead = DepartmentFactory(
        code="yp-invest", name_zh="杨浦区投资促进办公室", name_en="Yangpu Investment Office"
    )
    lead.parent = parent
    lead.save()
    co = DepartmentFactory(code="yp-science", name_zh="杨浦区科委", name_en="Yangpu Science")
    other = DepartmentFactory(code="sh-fao", name_zh="市政府外办", name_en="Foreign Affairs Office")
    return {"parent": parent, "lead": lead, "co": co, "other": other}


@pytest.fixture
def people(units):
    return {
        "lead": government_user(units["lead"], full_name="陈静", language="zh-hans"),
        "co": government_user(units["co"], full_name="Li Na", language="en"),
        "other": government_user(units["other"], full_name="Other Unit"),
        "parent": government_user(units["parent"], full_name="区政府 王主任", language="zh-hans"),
        "coordinator": coordinator(full_name="Coordinator Zhou", language="en"),
        "company": MembershipFactory(role="admin").user,
        "admin": UserFactory(is_superuser=True, is_staff=True, full_name="Admin"),
        "staff": UserFactory(is_staff=True, full_name="Platform staff"),
    }


@pytest.fixture
def item(units):
    return WorkItemFactory(
        lead_unit=units["lead"],
        co_units=[units["co"]],
        title_zh="推进中新数字经济合作",
        title_en="Advance Sino-Singapore digital cooperation",
    )


@pytest.fixture
def proposal(units):
    return ProposalFactory(lead_unit=units["lead"], co_units=[units["co"]])


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    """Argon2 is slow by design; these tests create many accounts and never check passwords."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
