"""Pairs that already have an interest: found either way round, shown on the matches page."""

import pytest
from django.urls import reverse

from duijie.matching.domain import interest as flow
from tests.conftest import login
from tests.factories import MembershipFactory

pytestmark = pytest.mark.django_db


def express(cross_lingual, **fields):
    cn = cross_lingual["cn"]
    return flow.express_interest(
        cross_lingual["offer"],
        actor=cn,
        organisation=cn.memberships.get().organisation,
        message="你好",
        answers={},
        **fields,
    )


def test_an_interest_counts_for_the_pair_either_way_round(cross_lingual):
    need, offer = cross_lingual["need"], cross_lingual["offer"]
    interest = express(cross_lingual)
    others = [offer, cross_lingual["unrelated"]]
    assert flow.interests_between(need, others, cross_lingual["cn"]) == {offer.pk: interest}
    assert flow.interests_between(offer, [need], cross_lingual["sg"]) == {need.pk: interest}
    assert flow.interests_between(need, others, MembershipFactory().user) == {}


def test_the_matches_page_shows_the_interest_instead_of_a_second_button(client, cross_lingual):
    need, offer = cross_lingual["need"], cross_lingual["offer"]
    login(client, cross_lingual["cn"])
    url = reverse("web:listing_matches", args=[need.pk])
    before = client.get(url).content.decode()
    create = reverse("web:interest_create", args=[offer.pk])
    assert f'href="{create}?from={need.pk}"' in before
    interest = express(cross_lingual, from_listing=need)
    after = client.get(url).content.decode()
    assert create not in after
    assert reverse("web:interest_detail", args=[interest.pk]) in after
