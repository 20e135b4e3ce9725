import pytest
from django.contrib.auth.models import AnonymousUser

from duijie.listings.domain.queries import (
    readable_listings,
    visible_listings,
)
from duijie.matching.domain.identity import organisation_revealed
from tests.factories import ListingFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_anonymous_visitors_see_public_and_anonymous_listings_only():
    public = ListingFactory(visibility="public")
    hidden_org = ListingFactory(visibility="anonymous")
    ListingFactory(visibility="members")
    ListingFactory(visibility="public", status="draft")
    assert set(visible_listings(AnonymousUser())) == {public, hidden_org}


def test_signed_in_users_also_see_members_only_listings():
    members_only = ListingFactory(visibility="members")
    assert members_only in visible_listings(UserFactory())


def test_drafts_are_readable_by_own_members_only():
    membership = MembershipFactory()
    draft = ListingFactory(organisation=membership.organisation, status="draft")
    assert draft in readable_listings(membership.user)
    assert draft not in readable_listings(UserFactory())
    assert draft not in readable_listings(AnonymousUser())


def test_anonymous_listing_hides_organisation_from_outsiders():
    membership = MembershipFactory()
    listing = ListingFactory(organisation=membership.organisation, visibility="anonymous")
    assert organisation_revealed(listing, membership.user)
    assert not organisation_revealed(listing, UserFactory())
    assert not organisation_revealed(listing, AnonymousUser())
