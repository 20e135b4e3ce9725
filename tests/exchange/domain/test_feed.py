"""The change feed: each public change once, in order, withdrawals included, nothing else."""

import pytest
from django.test import Client

from duijie.exchange.domain.feed import append_change, on_listing_changed, public_listings
from duijie.exchange.domain.records import listing_record, with_record_relations
from duijie.exchange.domain.tokens import issue_token
from duijie.exchange.models import FeedEntry
from duijie.listings.models import Listing
from duijie.listings.signals import listing_changed
from tests.factories import ListingFactory, MembershipFactory

pytestmark = pytest.mark.django_db


def change(listing, **fields):
    Listing.objects.filter(pk=listing.pk).update(**fields)
    return append_change(listing.pk)


def read_feed(secret, *, limit):
    """Page through the feed like a partner would, returning every entry and the last cursor."""
    client, since, entries = Client(), "", []
    while True:
        response = client.get(
            "/api/feed/listings",
            {"since": since, "limit": limit},
            HTTP_AUTHORIZATION=f"Bearer {secret}",
        )
        assert response.status_code == 200, response.content
        body = response.json()
        entries += body["entries"]
        since = body["next"]
        if not body["has_more"]:
            return entries, since


@pytest.fixture
def secret():
    member = MembershipFactory()
    return issue_token(
        actor=None,
        name="mirror",
        scopes=["feed:read"],
        organisation=member.organisation,
        user=member.user,
    )[1]


def test_a_sequence_of_changes_is_replayed_exactly_once_across_pages(secret):
    a, b, c = ListingFactory(title="A"), ListingFactory(title="B"), ListingFactory(title="C")
    hidden = ListingFactory(status="draft")
    for listing in (a, b, c, hidden):
        append_change(listing.pk)
    assert change(a, title="A2").action == "changed"
    assert append_change(a.pk) is None  # nothing new for partners: no entry
    assert change(b, status="closed").action == "withdrawn"
    assert change(c, visibility="members").action == "withdrawn"
    assert change(hidden, status="published").action == "created"
    assert change(b, status="published").action == "created"

    entries, cursor = read_feed(secret, limit=2)
    assert [(e["listing_id"], e["action"]) for e in entries] == [
        (a.pk, "created"),
        (b.pk, "created"),
        (c.pk, "created"),
        (a.pk, "changed"),
        (b.pk, "withdrawn"),
        (c.pk, "withdrawn"),
        (hidden.pk, "created"),
        (b.pk, "created"),
    ]
    assert len({e["cursor"] for e in entries}) == len(entries)

    mirror = {}
    for entry in entries:
        if entry["action"] == "withdrawn":
            mirror.pop(entry["listing_id"])
        else:
            mirror[entry["listing_id"]] = entry["record"]["title"]
    current = with_record_relations(public_listings())
    assert mirror == {item.pk: listing_record(item)["title"] for item in current}

    change(a, title="A3")
    later, _ = read_feed_from(secret, cursor)
    assert [(e["listing_id"], e["action"], e["record"]["title"]) for e in later] == [
        (a.pk, "changed", "A3")
    ]


def read_feed_from(secret, since):
    response = Client().get(
        "/api/feed/listings", {"since": since}, HTTP_AUTHORIZATION=f"Bearer {secret}"
    )
    return response.json()["entries"], response.json()["next"]


def test_a_listing_never_public_leaves_no_trace():
    draft = ListingFactory(status="draft")
    assert append_change(draft.pk) is None
    assert append_change(999999) is None
    assert FeedEntry.objects.count() == 0


def test_the_feed_listens_to_the_listings_change_signal():
    assert on_listing_changed in [
        receiver for receiver in listing_changed._live_receivers(Listing)[0]
    ]


def test_a_bad_cursor_is_400_and_the_feed_needs_its_scope(secret):
    client = Client()
    auth = {"HTTP_AUTHORIZATION": f"Bearer {secret}", "HTTP_ACCEPT_LANGUAGE": "en"}
    response = client.get("/api/feed/listings", {"since": "abc"}, **auth)
    assert response.status_code == 400
    assert response.json() == {"detail": "This feed cursor is not one Duijie gave out."}
    member = MembershipFactory()
    reader = issue_token(
        actor=None,
        name="r",
        scopes=["listings:read"],
        organisation=member.organisation,
    )[1]
    response = client.get("/api/feed/listings", HTTP_AUTHORIZATION=f"Bearer {reader}")
    assert response.status_code == 403
