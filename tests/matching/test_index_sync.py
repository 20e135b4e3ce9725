"""How a process's engine keeps up with the database between queries."""

import datetime

import pytest

from duijie.matching.domain import index
from duijie.matching.domain.documents import with_relations
from duijie.matching.models import ListingVector
from tests.factories import ListingFactory

pytestmark = pytest.mark.django_db


def publish(*titles):
    listings = [ListingFactory(title=title) for title in titles]
    index.store_vectors(
        list(with_relations(type(listings[0]).objects.filter(pk__in=[x.pk for x in listings])))
    )
    return listings


@pytest.fixture
def full_passes(monkeypatch):
    """Counts full passes over every published listing."""
    calls = []
    original = index._sync_all
    monkeypatch.setattr(index, "_sync_all", lambda engine: (calls.append(1), original(engine)))
    return calls


def test_queries_between_full_passes_only_read_what_changed(full_passes):
    kept, closed = publish("Membrane bioreactor", "Ballast water sensor")
    engine = index.current_engine()
    assert {kept.pk, closed.pk} <= set(engine.store.docs) and full_passes == [1]
    closed.status = "closed"
    closed.save()
    (added,) = publish("Port crane vibration monitor")
    engine = index.current_engine()
    assert full_passes == [1]  # no second full pass
    assert closed.pk not in engine and kept.pk in engine and added.pk in engine
    assert index._state["ids"] == frozenset({kept.pk, added.pk})


def test_an_edited_listing_is_reloaded_with_its_new_text(full_passes):
    (listing,) = publish("Membrane bioreactor")
    index.current_engine()
    listing.title = "Ceramic membrane bioreactor for dyeing wastewater"
    listing.save()
    index.store_vectors(list(with_relations(type(listing).objects.filter(pk=listing.pk))))
    assert index.current_engine().get(listing.pk).title == listing.title
    assert full_passes == [1]


def test_a_listing_without_a_current_vector_stays_out(full_passes):
    (listing,) = publish("Membrane bioreactor")
    index.current_engine()
    ListingVector.objects.filter(listing=listing).update(signature="other-encoders")
    listing.save()  # a change the sync sees, but its vector is not the engine's
    assert listing.pk not in index.current_engine()


def test_a_full_pass_runs_again_after_the_interval_and_on_a_new_day(full_passes, monkeypatch):
    publish("Membrane bioreactor")
    index.current_engine()
    later = index._state["full_sync_at"] + datetime.timedelta(seconds=index.FULL_SYNC_SECONDS + 1)
    assert index._needs_full_sync(later)
    assert not index._needs_full_sync(index._state["full_sync_at"] + datetime.timedelta(seconds=5))
    next_day = index._state["full_sync_at"] + datetime.timedelta(days=1)
    monkeypatch.setattr(index, "FULL_SYNC_SECONDS", 10 * 86400)
    assert index._needs_full_sync(next_day)  # listings expire at midnight without a save


def test_a_listing_that_expired_leaves_at_the_next_full_pass(full_passes):
    (listing,) = publish("Membrane bioreactor")
    index.current_engine()
    # Expiry is a date passing, not a save: only the full pass sees it.
    type(listing).objects.filter(pk=listing.pk).update(
        expires_on=datetime.date.today() - datetime.timedelta(days=1)
    )
    assert listing.pk in index.current_engine()
    index._state["full_sync_at"] -= datetime.timedelta(seconds=index.FULL_SYNC_SECONDS + 1)
    assert listing.pk not in index.current_engine() and full_passes == [1, 1]


def test_an_organisation_edit_reaches_its_listings_in_the_engine(full_passes):
    (listing,) = publish("Membrane bioreactor")
    org = listing.organisation
    index.current_engine()
    org.country = "CN" if org.country != "CN" else "SG"
    org.org_type = "university"
    org.save()
    doc = index.current_engine().get(listing.pk)
    assert (doc.country, doc.org_type) == (org.country, "university") and full_passes == [1]
