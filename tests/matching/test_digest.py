import datetime

import pytest
from django.core import mail
from django.utils import timezone

from duijie.matching.domain.digest import send_match_digest
from duijie.matching.models import MatchDigest

pytestmark = pytest.mark.django_db


def test_digest_lists_new_offers_once(cross_lingual):
    mail.outbox.clear()
    # The PCB offer only: the fermentation offer shares nothing with the need (relevance floor).
    assert send_match_digest(cross_lingual["cn"]) == 1
    assert cross_lingual["offer"].title in mail.outbox[0].body
    assert "新的" in mail.outbox[0].subject
    assert MatchDigest.objects.get().listing_ids[0] == cross_lingual["offer"].pk
    assert send_match_digest(cross_lingual["cn"]) == 0
    assert len(mail.outbox) == 1


def test_digest_skips_offers_older_than_a_week_at_first(cross_lingual):
    old = timezone.now() - datetime.timedelta(days=30)
    for key in ("offer", "unrelated"):
        cross_lingual[key].published_at = old
        cross_lingual[key].save()
    assert send_match_digest(cross_lingual["cn"]) == 0


def test_send_digests_command_sends_each_digest_once(cross_lingual):
    from io import StringIO

    from django.core.management import call_command

    mail.outbox.clear()
    out = StringIO()
    call_command("send_digests", stdout=out)
    call_command("send_digests", stdout=out)
    assert out.getvalue().splitlines() == ["1 match(es) sent.", "0 match(es) sent."]
    assert [m.to for m in mail.outbox] == [[cross_lingual["cn"].email]]
