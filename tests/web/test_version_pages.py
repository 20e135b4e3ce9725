"""Language versions on the pages: the author's form, display in both languages, the queue."""

import pytest
from django.urls import reverse

from duijie.listings.models import Listing
from duijie.versions.domain.versions import save_version
from duijie.versions.models import ContentVersion
from tests.conftest import login
from tests.factories import ListingFactory, MembershipFactory, UserFactory
from tests.web.test_listing_pages import listing_post

pytestmark = pytest.mark.django_db

EN = {
    "title": "PCB defect inspection wanted",
    "summary": "Machine-vision inspection for circuit boards.",
    "description": "We are looking for machine-vision defect inspection technology.",
}


@pytest.fixture
def author():
    return MembershipFactory(user__full_name="Wang Fang", user__language="zh-hans").user


@pytest.fixture
def chinese_listing(author):
    return ListingFactory(
        organisation=author.memberships.get().organisation,
        created_by=author,
        title="需要PCB缺陷检测方案",
        description="我们在寻找基于机器视觉的电路板缺陷检测技术，用于产线质检。",
        content_locale="zh-hans",
    )


def test_the_form_saves_the_english_version_with_the_listing(client, author):
    login(client, author)
    url = reverse("web:listing_create", args=[author.memberships.get().organisation_id])
    post = listing_post(other_title=EN["title"], other_description=EN["description"])
    response = client.post(url, post)
    assert response.status_code == 302
    version = ContentVersion.objects.get()
    assert version.object_id == Listing.objects.get().pk
    assert (version.language, version.source, version.translator) == ("en", "author", author)
    assert version.fields["title"] == EN["title"]


def test_english_in_the_chinese_field_is_an_error_and_the_text_is_kept(client, author):
    login(client, author)
    url = reverse("web:listing_create", args=[author.memberships.get().organisation_id])
    response = client.post(url, listing_post(title="Machine vision inspection wanted"))
    page = response.content.decode()
    assert response.status_code == 200
    assert "这看起来不是中文" in page
    assert 'value="Machine vision inspection wanted"' in page
    assert not Listing.objects.exists()


def test_a_version_in_the_wrong_language_is_refused_with_nothing_saved(client, author):
    login(client, author)
    url = reverse("web:listing_create", args=[author.memberships.get().organisation_id])
    post = listing_post(other_title="需要缺陷检测", other_description=EN["description"])
    response = client.post(url, post)
    assert response.status_code == 200
    assert "这看起来不是英文" in response.content.decode()
    assert not Listing.objects.exists() and not ContentVersion.objects.exists()


def test_an_english_reader_sees_the_english_version_and_credit(client, chinese_listing, author):
    save_version(chinese_listing, actor=author, language="en", fields=EN)
    url = reverse("web:listing_detail", args=[chinese_listing.pk])
    page = client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<h1 lang="en">PCB defect inspection wanted</h1>' in page
    assert "Original in Chinese · English version by Wang Fang (the author)" in page
    assert "?original=1" in page
    original = client.get(url + "?original=1", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<h1 lang="zh-hans">需要PCB缺陷检测方案</h1>' in original
    assert "Show the English version" in original


def test_a_chinese_reader_sees_the_chinese_original(client, chinese_listing, author):
    save_version(chinese_listing, actor=author, language="en", fields=EN)
    url = reverse("web:listing_detail", args=[chinese_listing.pk])
    page = client.get(url, HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()
    assert '<h1 lang="zh-hans">需要PCB缺陷检测方案</h1>' in page
    assert "PCB defect inspection wanted" not in page


def test_a_stale_version_is_labelled_and_not_shown(client, chinese_listing, author):
    save_version(chinese_listing, actor=author, language="en", fields=EN)
    Listing.objects.filter(pk=chinese_listing.pk).update(title="需要新的PCB检测方案")
    url = reverse("web:listing_detail", args=[chinese_listing.pk])
    page = client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "需要新的PCB检测方案" in page
    assert "PCB defect inspection wanted" not in page
    assert "The English version is out of date" in page


def test_without_a_version_the_reader_gets_dictionary_key_terms(client, chinese_listing):
    url = reverse("web:listing_detail", args=[chinese_listing.pk])
    page = client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Key terms (dictionary, not a translation):" in page
    assert "No English version yet." in page
    assert '<span lang="zh-hans">缺陷</span>' in page or '<span lang="zh-hans">检测</span>' in page


def test_lists_show_the_readers_version(client, chinese_listing, author):
    save_version(chinese_listing, actor=author, language="en", fields=EN)
    page = client.get(reverse("web:listing_list"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "PCB defect inspection wanted" in page
    assert "Machine-vision inspection for circuit boards." in page
    home = client.get(reverse("web:home"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "PCB defect inspection wanted" in home


def test_the_queue_is_for_staff_and_brokers(client, chinese_listing):
    url = reverse("web:translation_queue")
    login(client, UserFactory())
    assert client.get(url).status_code == 403
    login(client, UserFactory(is_broker=True))
    page = client.get(url).content.decode()
    assert "需要PCB缺陷检测方案" in page
    assert reverse("web:version_edit", args=[chinese_listing.pk]) in page


def test_a_translated_listing_leaves_the_queue(client, chinese_listing, author):
    save_version(chinese_listing, actor=author, language="en", fields=EN)
    login(client, UserFactory(is_staff=True))
    page = client.get(reverse("web:translation_queue")).content.decode()
    assert "需要PCB缺陷检测方案" not in page


def test_a_broker_translates_side_by_side(client, chinese_listing):
    broker = UserFactory(is_broker=True, full_name="Lim Hui")
    login(client, broker)
    url = reverse("web:version_edit", args=[chinese_listing.pk])
    page = client.get(url).content.decode()
    assert "需要PCB缺陷检测方案" in page  # the original beside the form
    response = client.post(url, EN)
    assert response.status_code == 302
    version = ContentVersion.objects.get()
    assert (version.source, version.translator) == ("broker", broker)


def test_bad_input_in_the_editor_keeps_what_was_typed(client, chinese_listing):
    login(client, UserFactory(is_staff=True))
    url = reverse("web:version_edit", args=[chinese_listing.pk])
    typed = {**EN, "description": "<script>alert(1)</script> inspection"}
    response = client.post(url, typed)
    page = response.content.decode()
    assert response.status_code == 200
    assert "Please write plain text" in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; inspection" in page
    assert not ContentVersion.objects.exists()


def test_outsiders_cannot_open_the_editor(client, chinese_listing):
    login(client, UserFactory())
    response = client.get(reverse("web:version_edit", args=[chinese_listing.pk]))
    assert response.status_code == 403


def test_staff_review_says_which_version_is_missing(client, chinese_listing):
    chinese_listing.status = "submitted"
    chinese_listing.save()
    login(client, UserFactory(is_staff=True, language="en"))
    page = client.get(reverse("web:review_queue")).content.decode()
    assert "No English version yet." in page


def test_an_organisation_profile_is_shown_in_the_readers_language(client, author):
    organisation = author.memberships.get().organisation
    organisation.profile = "我们是一家专注于机器视觉检测的科技公司。"
    organisation.content_locale = "zh-hans"
    organisation.save()
    profile = {"profile": "We are a technology company focused on machine-vision inspection."}
    broker = UserFactory(is_broker=True, full_name="Lim Hui")
    save_version(organisation, actor=broker, language="en", fields=profile)
    url = reverse("web:organisation_detail", args=[organisation.pk])
    page = client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert profile["profile"] in page
    assert "English version by Lim Hui (technology broker)" in page
    chinese = client.get(url, HTTP_ACCEPT_LANGUAGE="zh-hans").content.decode()
    assert "我们是一家专注于机器视觉检测的科技公司。" in chinese
    assert profile["profile"] not in chinese


def test_interest_pages_show_the_listing_in_the_readers_language(client, chinese_listing, author):
    from duijie.matching.models import Interest

    save_version(chinese_listing, actor=author, language="en", fields=EN)
    sender = MembershipFactory(user__language="en").user
    Interest.objects.create(
        listing=chinese_listing,
        from_organisation=sender.memberships.get().organisation,
        from_user=sender,
        message="We can help.",
        content_locale="en",
    )
    login(client, sender)
    page = client.get(reverse("web:interest_list")).content.decode()
    assert "PCB defect inspection wanted" in page
