"""Every language version is matched: the engine encodes the original with its versions."""

import pytest

from duijie.listings.models import Listing
from duijie.matching.domain import index
from duijie.matching.domain.documents import content_hash, listing_doc, with_relations
from duijie.matching.models import ListingVector
from duijie.versions.domain.versions import save_version
from tests.factories import ListingFactory, UserFactory

pytestmark = pytest.mark.django_db

EN = {
    "title": "Drone inspection of rooftop solar plants",
    "summary": "",
    "description": "Thermal imaging drones find hot spots and faulty solar modules.",
}


@pytest.fixture(autouse=True)
def _fresh_engine():
    index.reset_engine()
    yield
    index.reset_engine()


@pytest.fixture
def chinese_offer():
    return ListingFactory(
        title="分布式光伏无人机巡检",
        description="无人机红外巡检，自动定位热斑与故障组件。",
        content_locale="zh-hans",
    )


def loaded(listing):
    return with_relations(Listing.objects.filter(pk=listing.pk)).get()


def test_a_listing_without_versions_is_encoded_as_before(chinese_offer):
    doc = listing_doc(loaded(chinese_offer))
    assert doc.description == chinese_offer.description
    assert doc.lang == "zh"


def test_a_current_version_is_encoded_with_the_original(chinese_offer):
    save_version(chinese_offer, actor=UserFactory(is_staff=True), language="en", fields=EN)
    doc = listing_doc(loaded(chinese_offer))
    assert doc.description.startswith(chinese_offer.description)
    assert EN["title"] in doc.description and EN["description"] in doc.description
    assert doc.lang == "zh"  # the original's language, not detected from the mix


def test_a_stale_version_is_left_out(chinese_offer):
    version = save_version(
        chinese_offer, actor=UserFactory(is_staff=True), language="en", fields=EN
    )
    version.is_stale = True
    version.save()
    assert EN["title"] not in listing_doc(loaded(chinese_offer)).description


def test_adding_a_version_re_encodes_through_the_task_queue(
    chinese_offer, django_capture_on_commit_callbacks
):
    other = ListingFactory(title="PCB inspection", content_locale="en")
    index.store_vectors([loaded(chinese_offer), loaded(other)])
    before = ListingVector.objects.get(listing=chinese_offer).content_hash
    with django_capture_on_commit_callbacks(execute=True):
        save_version(chinese_offer, actor=UserFactory(is_staff=True), language="en", fields=EN)
    after = ListingVector.objects.get(listing=chinese_offer).content_hash
    assert before != after == content_hash(listing_doc(loaded(chinese_offer)))
    hits = index.current_engine().search("thermal imaging drone hot spots", limit=1).hits
    assert [hit.id for hit in hits] == [chinese_offer.pk]
