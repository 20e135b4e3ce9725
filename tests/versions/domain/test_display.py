import pytest

from duijie.listings.models import Listing
from duijie.versions.domain.display import missing_locale, shown_text, text_for
from duijie.versions.domain.versions import save_version
from tests.factories import ListingFactory, UserFactory

pytestmark = pytest.mark.django_db

EN = {
    "title": "Drone inspection for solar plants",
    "summary": "",
    "description": "Drones find hot spots.",
}
DESCRIPTION = (
    "结合无人机红外巡检与组串级数据分析，自动定位热斑与故障组件。清洗机器人按发电损失智能排程。"
)


@pytest.fixture
def listing():
    return ListingFactory(title="光伏无人机巡检", description=DESCRIPTION, content_locale="zh-hans")


def test_a_reader_of_the_originals_language_sees_the_original(listing):
    save_version(listing, actor=UserFactory(is_staff=True), language="en", fields=EN)
    shown = shown_text(listing, "zh-hans")
    assert (shown.text("title"), shown.locale, shown.is_original) == (
        "光伏无人机巡检",
        "zh-hans",
        True,
    )
    assert shown.key_terms == ()


def test_a_reader_of_the_other_language_sees_the_current_version(listing):
    version = save_version(listing, actor=UserFactory(is_staff=True), language="en", fields=EN)
    shown = shown_text(listing, "en-SG")
    assert (shown.text("title"), shown.locale, shown.version) == (EN["title"], "en", version)
    assert text_for(listing, "description", "en") == EN["description"]
    assert missing_locale(listing) == ""


def test_asking_for_the_original_shows_it_and_names_the_version(listing):
    version = save_version(listing, actor=UserFactory(is_staff=True), language="en", fields=EN)
    shown = shown_text(listing, "en", original=True)
    assert (shown.text("title"), shown.other_version, shown.key_terms) == (
        "光伏无人机巡检",
        version,
        (),
    )


def test_a_stale_version_is_named_but_the_original_is_shown(listing):
    version = save_version(listing, actor=UserFactory(is_staff=True), language="en", fields=EN)
    Listing.objects.filter(pk=listing.pk).update(description=DESCRIPTION + "新增内容。")
    listing.refresh_from_db()
    shown = shown_text(listing, "en")
    assert (shown.is_original, shown.stale_version) == (True, version)
    assert missing_locale(listing) == "en"


def test_without_a_version_key_terms_come_in_the_readers_language(listing):
    shown = shown_text(listing, "en")
    assert shown.is_original and shown.stale_version is None
    sources = [term.source for term in shown.key_terms]
    assert "无人机" in sources
    assert all(term.gloss.isascii() for term in shown.key_terms)


def test_excerpts_are_short_for_a_reader_who_cannot_read_them(listing):
    own = shown_text(listing, "zh-hans").excerpt("description", 60)
    other = shown_text(listing, "en").excerpt("description", 60)
    assert len(own) == 30 and own.endswith("…")  # Chinese: half the limit, by character
    assert len(other) == 10 and other.endswith("…")  # and a third of that for an English reader
