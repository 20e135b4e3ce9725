import pytest
from django.core.management import call_command

from duijie.matching.domain import index
from duijie.matching.domain.documents import with_relations
from duijie.matching.models import ListingVector
from tests.factories import ListingFactory

pytestmark = pytest.mark.django_db


def test_reindex_resumes_and_saves_a_warm_start_index(settings, capsys):
    listings = [ListingFactory(title=f"Battery recycling method {n}") for n in range(3)]
    ListingFactory(status="draft")
    index.store_vectors(list(with_relations(type(listings[0]).objects.filter(pk=listings[0].pk))))
    call_command("reindex", "--quiet")
    output = capsys.readouterr().out
    assert "3 published listings, 2 encoded, 3 in the index" in output
    assert ListingVector.objects.count() == 3
    assert (settings.MATCHING_INDEX_DIR / "sync.json").exists()
    index.reset_engine()
    assert index._warm_start() is not None
    assert len(index.current_engine()) == 3


def test_unpublished_listing_leaves_a_warm_started_engine(settings):
    listings = [ListingFactory(title=f"Cold chain sensor {n}") for n in range(2)]
    call_command("reindex", "--quiet")
    index.reset_engine()
    listings[0].status = "closed"
    listings[0].save()
    engine = index.current_engine()
    assert listings[0].pk not in engine and listings[1].pk in engine


def test_corrupt_saved_index_falls_back_to_the_database(settings):
    ListingFactory()
    call_command("reindex", "--quiet")
    (settings.MATCHING_INDEX_DIR / "engine.json").write_text("{not json")
    index.reset_engine()
    assert index._warm_start() is None
    assert len(index.current_engine()) == 1


def test_warm_engine_loads_the_models_and_the_published_listings():
    listings = [ListingFactory(title=f"Membrane bioreactor {n}") for n in range(2)]
    ListingFactory(status="draft")
    index.store_vectors(list(with_relations(type(listings[0]).objects.all())))
    index.reset_engine()
    engine = index.warm_engine()
    assert engine is index.current_engine()
    assert engine.dense._encoders is not None and len(engine.dense._encoders) == 2
    assert {listing.pk for listing in listings} == set(engine.store.docs)
    assert engine._ready  # calibrated: the first real search does no corpus work


def test_warm_engine_on_an_empty_platform_still_loads_the_models():
    index.reset_engine()
    engine = index.warm_engine()
    assert len(engine) == 0 and engine.dense._encoders is not None
