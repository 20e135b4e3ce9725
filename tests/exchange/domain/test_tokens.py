"""Partner tokens: a secret shown once, refused when revoked, expired or out of scope."""

import datetime

import pytest
from django.utils import timezone, translation

from duijie.common.errors import DomainError, PermissionDenied
from duijie.common.models import AuditEvent
from duijie.exchange.domain.tokens import (
    TokenRefused,
    authenticate_token,
    issue_token,
    revoke_token,
)
from duijie.exchange.models import ApiToken, PartnerPlatform
from tests.factories import MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


@pytest.fixture
def member():
    return MembershipFactory(role="admin")


def issue(member, scopes=("listings:read",), **kwargs):
    kwargs.setdefault("organisation", member.organisation)
    kwargs.setdefault("user", member.user)
    return issue_token(actor=None, name="InnoMatch", scopes=list(scopes), **kwargs)


def test_only_the_hash_is_kept_and_the_secret_authenticates(member):
    token, secret = issue(member)
    assert secret.startswith(f"dj_{token.prefix}_")
    assert secret not in token.secret_hash and len(token.secret_hash) == 64
    found = authenticate_token(secret, scope="listings:read")
    assert found.pk == token.pk
    assert found.last_used_at is not None
    event = AuditEvent.objects.get(verb="api_token.issued")
    assert event.data == {"scopes": ["listings:read"]}


def test_a_token_out_of_scope_is_denied(member):
    _token, secret = issue(member)
    with pytest.raises(PermissionDenied):
        authenticate_token(secret, scope="listings:write")


@pytest.mark.parametrize(
    "secret",
    ["", "dj_", "dj_nope_x", "not-a-token", "dj_abcdefabcdef_wrong"],
)
def test_unknown_secrets_are_refused(member, secret):
    issue(member)
    with pytest.raises(TokenRefused):
        authenticate_token(secret, scope="listings:read")


def test_a_wrong_secret_with_a_real_prefix_is_refused(member):
    token, secret = issue(member)
    with pytest.raises(TokenRefused):
        authenticate_token(f"dj_{token.prefix}_guessed", scope="listings:read")


def test_revoked_and_expired_tokens_are_refused(member):
    token, secret = issue(member)
    revoke_token(token, actor=member.user)
    assert token.revoked_at is not None
    with pytest.raises(TokenRefused):
        authenticate_token(secret, scope="listings:read")
    other, other_secret = issue(member)
    ApiToken.objects.filter(pk=other.pk).update(
        expires_at=timezone.now() - datetime.timedelta(seconds=1)
    )
    with pytest.raises(TokenRefused):
        authenticate_token(other_secret, scope="listings:read")
    assert AuditEvent.objects.filter(verb="api_token.revoked").count() == 1


def test_only_staff_issue_and_only_staff_or_the_org_admin_revoke(member):
    with pytest.raises(PermissionDenied):
        issue_token(
            actor=member.user, name="x", scopes=["feed:read"], organisation=member.organisation
        )
    token, _secret = issue(member)
    with pytest.raises(PermissionDenied):
        revoke_token(token, actor=UserFactory())
    revoke_token(token, actor=UserFactory(is_staff=True))
    assert ApiToken.objects.get(pk=token.pk).revoked_at is not None


def test_write_tokens_act_as_a_member_of_their_organisation(member):
    partner = PartnerPlatform.objects.create(name="InnoMatch", slug="innomatch")
    with pytest.raises(DomainError, match="needs an organisation"):
        issue(member, ["listings:write"], organisation=None, partner=partner, user=None)
    with pytest.raises(DomainError, match="member of its organisation"):
        issue(member, ["listings:write"], user=UserFactory())
    with pytest.raises(DomainError, match="exactly one"):
        issue(member, ["feed:read"], partner=partner)
    with pytest.raises(DomainError, match="Unknown scope"):
        issue(member, ["listings:delete"])
    token, _secret = issue(member, ["feed:read"], organisation=None, partner=partner, user=None)
    assert token.owner == partner
