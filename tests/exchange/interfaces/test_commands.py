"""`duijie issue-token`: prints a working secret once; refuses what the domain refuses."""

import io

import pytest
from django.core.management import CommandError, call_command

from duijie.exchange.domain.tokens import authenticate_token
from duijie.exchange.models import ApiToken, FeedHead, PartnerPlatform
from tests.factories import MembershipFactory

pytestmark = pytest.mark.django_db


def issue(*args):
    out = io.StringIO()
    call_command("issue_token", *args, stdout=out)
    return out.getvalue().strip()


def test_issue_token_prints_a_secret_that_authenticates():
    member = MembershipFactory()
    secret = issue(
        "--organisation",
        str(member.organisation.pk),
        "--user",
        member.user.email.upper(),
        "--name",
        "InnoMatch",
        "--scope",
        "listings:write",
        "--scope",
        "listings:read",
    )
    token = authenticate_token(secret, scope="listings:write")
    assert (token.organisation, token.user, token.scopes) == (
        member.organisation,
        member.user,
        ["listings:read", "listings:write"],
    )
    assert secret not in ApiToken.objects.values_list("secret_hash", flat=True)


def test_issue_token_refuses_unknown_owners_and_bad_combinations():
    PartnerPlatform.objects.create(name="InnoMatch", slug="innomatch")
    with pytest.raises(CommandError):
        issue("--partner", "nobody", "--name", "x", "--scope", "feed:read")
    with pytest.raises(CommandError):
        issue("--partner", "innomatch", "--name", "x", "--scope", "listings:write")
    assert issue("--partner", "innomatch", "--name", "x", "--scope", "feed:read").startswith("dj_")
    assert ApiToken.objects.count() == 1


def test_the_feed_head_row_exists_after_migrating():
    assert FeedHead.objects.filter(pk=1).exists()
