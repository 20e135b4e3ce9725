import pytest

from duijie.dashboard.domain.figures import programme_figures
from duijie.listings.models import Listing
from duijie.matching.models import Interest
from duijie.versions.domain.queries import bilingual_share, translation_queue
from duijie.versions.domain.staleness import refresh_staleness
from duijie.versions.domain.versions import save_version
from tests.factories import ListingFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db

ZH = {"title": "视觉检测系统", "description": "面向电路板的视觉检测系统。"}


def test_the_share_of_listings_readable_in_both_languages():
    staff = UserFactory(is_staff=True)
    translated, stale, _plain = ListingFactory(), ListingFactory(), ListingFactory()
    ListingFactory(status="draft")  # only published listings count
    save_version(translated, actor=staff, language="zh-hans", fields=ZH)
    save_version(stale, actor=staff, language="zh-hans", fields=ZH)
    Listing.objects.filter(pk=stale.pk).update(title="Changed")
    refresh_staleness(Listing.objects.get(pk=stale.pk))
    assert bilingual_share() == {"bilingual": 1, "total": 3, "share": 0.333}
    assert programme_figures()["listings"]["bilingual"]["bilingual"] == 1


def test_the_share_of_nothing_is_zero():
    assert bilingual_share() == {"bilingual": 0, "total": 0, "share": 0.0}


def test_the_queue_puts_asked_about_listings_first_then_the_newest():
    older, newer, asked = ListingFactory(), ListingFactory(), ListingFactory()
    Listing.objects.filter(pk=asked.pk).update(published_at=older.published_at)
    sender = UserFactory()
    Interest.objects.create(
        listing=asked,
        from_organisation=OrganisationFactory(),
        from_user=sender,
        message="Hi",
        content_locale="en",
    )
    translated = ListingFactory()
    save_version(translated, actor=UserFactory(is_staff=True), language="zh-hans", fields=ZH)
    assert [item.pk for item in translation_queue()] == [asked.pk, newer.pk, older.pk]
    assert translation_queue()[0].demand == 1
