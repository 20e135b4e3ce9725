"""Language versions in the API: every listing response in the caller's language, and writes."""

import pytest

from duijie.versions.domain.versions import save_version
from duijie.versions.models import ContentVersion
from tests.api.test_listings_write import errors, send
from tests.conftest import login
from tests.factories import ListingFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db

EN = {
    "title": "PCB defect inspection wanted",
    "summary": "Machine vision for circuit boards.",
    "description": "We are looking for machine-vision defect inspection technology.",
}


@pytest.fixture
def author():
    return MembershipFactory(user__language="en", user__full_name="Wang Fang").user


@pytest.fixture
def listing(author):
    return ListingFactory(
        organisation=author.memberships.get().organisation,
        created_by=author,
        title="需要PCB缺陷检测方案",
        description="我们在寻找基于机器视觉的电路板缺陷检测技术。",
        content_locale="zh-hans",
    )


def test_an_english_caller_reads_the_english_version_and_its_origin(client, listing, author):
    save_version(listing, actor=author, language="en", fields=EN)
    body = client.get(f"/api/listings/{listing.pk}", HTTP_ACCEPT_LANGUAGE="en").json()
    assert (body["title"], body["summary"], body["shown_locale"]) == (
        EN["title"],
        EN["summary"],
        "en",
    )
    assert body["content_locale"] == "zh-hans"
    assert body["original"]["title"] == "需要PCB缺陷检测方案"
    assert body["version"]["source"] == "author"
    assert body["version"]["translator"] == "Wang Fang"
    assert body["version"]["stale"] is False
    assert body["key_terms"] == []


def test_a_chinese_caller_reads_the_original(client, listing, author):
    save_version(listing, actor=author, language="en", fields=EN)
    body = client.get(f"/api/listings/{listing.pk}", HTTP_ACCEPT_LANGUAGE="zh-hans").json()
    assert (body["title"], body["shown_locale"], body["version"]) == (
        "需要PCB缺陷检测方案",
        "zh-hans",
        None,
    )


def test_without_a_version_the_original_comes_with_dictionary_terms(client, listing):
    body = client.get("/api/listings", HTTP_ACCEPT_LANGUAGE="en").json()["items"][0]
    assert body["title"] == "需要PCB缺陷检测方案" and body["shown_locale"] == "zh-hans"
    assert body["version"] is None
    assert {"source", "gloss"} == set(body["key_terms"][0])


def test_a_stale_version_is_described_but_not_shown(client, listing, author):
    save_version(listing, actor=author, language="en", fields=EN)
    type(listing).objects.filter(pk=listing.pk).update(title="需要新的检测方案")
    body = client.get(f"/api/listings/{listing.pk}", HTTP_ACCEPT_LANGUAGE="en").json()
    assert body["title"] == "需要新的检测方案"
    assert body["version"]["stale"] is True


def test_the_author_writes_a_version(client, listing, author):
    login(client, author)
    response = send(client, "put", f"/api/listings/{listing.pk}/versions/en", EN)
    assert response.status_code == 200, response.content
    assert response.json()["source"] == "author" and response.json()["title"] == EN["title"]
    listed = client.get(f"/api/listings/{listing.pk}/versions").json()
    assert [(v["language"], v["title"]) for v in listed] == [("en", EN["title"])]


def test_bad_versions_are_422_field_by_field(client, listing, author):
    login(client, author)
    payload = {**EN, "title": "需要检测方案", "description": "", "colour": "red"}
    response = send(client, "put", f"/api/listings/{listing.pk}/versions/en", payload)
    assert errors(response) == [
        ("colour", "Unknown field."),
        ("title", "This does not look like English. Please write this field in English."),
        ("description", "This field is required."),
    ]
    assert not ContentVersion.objects.exists()


def test_unsupported_and_original_languages_are_refused(client, listing, author):
    login(client, author)
    french = send(client, "put", f"/api/listings/{listing.pk}/versions/fr", EN)
    assert french.status_code == 400
    assert french.json() == {"detail": "Versions can only be written in Chinese or English."}
    same = send(client, "put", f"/api/listings/{listing.pk}/versions/zh-hans", EN)
    assert same.status_code == 422  # the Chinese checks refuse English text


def test_outsiders_may_not_write_and_hidden_listings_are_404(client, listing):
    login(client, MembershipFactory(user__language="en").user)
    url = f"/api/listings/{listing.pk}/versions/en"
    assert send(client, "put", url, EN).status_code == 403
    draft = ListingFactory(status="draft", published_at=None)
    assert send(client, "put", f"/api/listings/{draft.pk}/versions/zh-hans", EN).status_code == 404


def test_the_translation_queue_is_for_staff_and_brokers(client, listing):
    login(client, UserFactory(language="en"))
    assert client.get("/api/listings/translation-queue").status_code == 403
    login(client, UserFactory(language="en", is_broker=True))
    items = client.get("/api/listings/translation-queue").json()["items"]
    assert [(i["id"], i["needs"]) for i in items] == [(listing.pk, "en")]
