import pytest

from duijie.common.errors import DomainError, PermissionDenied
from duijie.directory.domain import organisations
from duijie.directory.models import Membership
from tests.factories import MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_creator_becomes_admin_of_new_organisation():
    user = UserFactory()
    org = organisations.create_organisation(
        actor=user,
        fields={"name_en": "Orchid Analytics", "country": "SG", "org_type": "enterprise"},
    )
    assert list(org.memberships.values_list("user", "role")) == [(user.pk, "admin")]


def test_invalid_identifier_creates_nothing():
    from django.core.exceptions import ValidationError

    user = UserFactory()
    fields = {"name_zh": "测试", "country": "CN", "org_type": "enterprise", "uscc": "123"}
    with pytest.raises(ValidationError):
        organisations.create_organisation(actor=user, fields=fields)
    assert Membership.objects.count() == 0


def test_admin_adds_member_by_email_and_outsider_cannot():
    admin = MembershipFactory(role="admin")
    newcomer = UserFactory(email="new@example.com")
    organisations.add_member(
        admin.organisation, actor=admin.user, email="NEW@example.com", role="member"
    )
    assert newcomer.memberships.get().organisation == admin.organisation
    with pytest.raises(PermissionDenied):
        organisations.add_member(
            admin.organisation, actor=UserFactory(), email="new@example.com", role="admin"
        )


def test_last_admin_cannot_be_removed():
    admin = MembershipFactory(role="admin")
    with pytest.raises(DomainError) as error:
        organisations.remove_member(admin, actor=admin.user)
    assert error.value.code == "last_admin"
    assert Membership.objects.filter(pk=admin.pk).exists()


def test_plain_member_cannot_manage_members():
    member = MembershipFactory(role="member")
    other = MembershipFactory(organisation=member.organisation, role="member")
    with pytest.raises(PermissionDenied):
        organisations.remove_member(other, actor=member.user)


def test_verification_is_staff_only(staff_user):
    org = MembershipFactory(role="admin").organisation
    with pytest.raises(PermissionDenied):
        organisations.verify_organisation(org, actor=org.memberships.get().user)
    organisations.verify_organisation(org, actor=staff_user)
    org.refresh_from_db()
    assert org.verified_by == staff_user and org.is_verified
