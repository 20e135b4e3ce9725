import datetime

import pytest
from django.utils import timezone

from tests.challenges.factories import ApplicationFactory, ChallengeFactory, CriterionFactory
from tests.factories import MembershipFactory, OrganisationFactory, UserFactory


@pytest.fixture
def owner(db):
    """An administrator of the issuing organisation (a Shanghai company)."""
    org = OrganisationFactory(
        name_zh="上海曲面玻璃科技有限公司", name_en="Shanghai Curved Glass", country="CN", uen=""
    )
    return MembershipFactory(organisation=org, role="admin", user__language="zh-hans").user


@pytest.fixture
def challenge(owner):
    challenge = ChallengeFactory(organisation=owner.memberships.get().organisation)
    CriterionFactory(challenge=challenge, name="Technical merit", weight=60, position=0)
    CriterionFactory(challenge=challenge, name="Cost", weight=40, position=1)
    return challenge


def applicant(country="SG", language="en", name="Lion Vision Pte Ltd"):
    org = OrganisationFactory(name_en=name, name_zh="", country=country)
    return MembershipFactory(organisation=org, role="admin", user__language=language).user


@pytest.fixture
def solver(db):
    return applicant()


@pytest.fixture
def other_solver(db):
    return applicant(country="CN", language="zh-hans", name="Hangzhou Optics")


@pytest.fixture
def staff(db):
    return UserFactory(is_staff=True, full_name="Platform Staff")


@pytest.fixture
def expert_user(db):
    return UserFactory(full_name="Dr Expert")


def org_of(user):
    return user.memberships.get().organisation


def sent_application(challenge, user, **kwargs):
    return ApplicationFactory(
        challenge=challenge, organisation=org_of(user), created_by=user, **kwargs
    )


def past(days=1):
    return timezone.now() - datetime.timedelta(days=days)
