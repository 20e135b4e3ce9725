import pytest

from tests.factories import DepartmentFactory, MembershipFactory, UserFactory
from tests.projects.factories import ProjectFactory, SiteFactory
from tests.taskforce.factories import coordinator, government_user


@pytest.fixture
def units(db):
    return {
        "invest": DepartmentFactory(
            code="yp-invest", name_zh="杨浦区投资促进办公室", name_en="Yangpu Investment Office"
        ),
        "commerce": DepartmentFactory(
            code="yp-commerce", name_zh="杨浦区商务委员会", name_en="Yangpu Commerce Commission"
        ),
    }


@pytest.fixture
def people(units):
    return {
        "invest": government_user(units["invest"], full_name="陈静", language="zh-hans"),
        "commerce": government_user(units["commerce"], full_name="Wu Ting", language="en"),
        "coordinator": coordinator(full_name="Coordinator", language="en"),
        "company": MembershipFactory(role="admin").user,
        "staff": UserFactory(is_staff=True),
    }


@pytest.fixture
def project(units, sectors):
    return ProjectFactory(
        responsible_unit=units["invest"],
        name_zh="鱼尾狮数字亚太研发中心",
        name_en="Merlion Digital Asia-Pacific R&D centre",
        sectors=[sectors[0]],
    )


@pytest.fixture
def site(units, sectors):
    return SiteFactory(
        contact_unit=units["invest"],
        name_zh="长阳创谷B2栋5层",
        name_en="Changyang Valley B2 5F",
        sectors=[sectors[0]],
    )


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    """Argon2 is slow by design; these tests create many accounts and never check passwords."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
