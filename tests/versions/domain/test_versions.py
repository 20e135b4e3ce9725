import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import translation

from duijie.common.errors import DomainError, PermissionDenied
from duijie.common.models.audit import AuditEvent
from duijie.common.models.notifications import Notification
from duijie.versions.domain.languages import original_hash
from duijie.versions.domain.staleness import refresh_staleness
from duijie.versions.domain.versions import delete_version, is_current, save_version, version_in
from duijie.versions.models import ContentVersion, VersionSource
from tests.factories import ListingFactory, MembershipFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db

ZH = {
    "title": "印刷电路板AI视觉检测系统",
    "summary": "",
    "description": "面向印刷电路板的人工智能视觉检测系统。",
}


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


@pytest.fixture
def author():
    return UserFactory(full_name="Tan Wei Ming")


@pytest.fixture
def listing(author):
    organisation = OrganisationFactory()
    MembershipFactory(user=author, organisation=organisation)
    return ListingFactory(organisation=organisation, created_by=author)


def test_the_author_writes_a_version_credited_to_them(listing, author):
    version = save_version(listing, actor=author, language="zh-hans", fields=ZH)
    assert version.language == "zh-hans"
    assert version.fields == ZH
    assert version.source == VersionSource.AUTHOR
    assert version.translator == author
    assert version.source_hash == original_hash(listing)
    assert is_current(version, listing)
    assert AuditEvent.objects.filter(verb="version.saved").count() == 1
    assert Notification.objects.count() == 0  # the author is not told about their own work


def test_a_broker_translates_and_the_author_is_notified(listing, author):
    broker = UserFactory(full_name="Li Na", is_broker=True)
    version = save_version(listing, actor=broker, language="zh", fields=ZH)
    assert version.source == VersionSource.BROKER
    notification = Notification.objects.get()
    assert notification.recipient == author
    assert notification.url == f"/listings/{listing.pk}/version/"
    assert "Li Na" in notification.body


def test_staff_translation_is_credited_to_staff(listing):
    staff = UserFactory(is_staff=True)
    assert save_version(listing, actor=staff, language="zh-hans", fields=ZH).source == "staff"


def test_correcting_a_version_replaces_it(listing, author):
    save_version(listing, actor=author, language="zh-hans", fields=ZH)
    save_version(listing, actor=author, language="zh-hans", fields={**ZH, "summary": "电路板检测"})
    assert ContentVersion.objects.get().fields["summary"] == "电路板检测"


def test_outsiders_may_not_write_versions(listing):
    with pytest.raises(PermissionDenied):
        save_version(listing, actor=UserFactory(), language="zh-hans", fields=ZH)
    assert not ContentVersion.objects.exists()


def test_the_originals_language_is_refused(listing, author):
    with pytest.raises(DomainError) as error:
        save_version(
            listing, actor=author, language="en", fields={"title": "A", "description": "B"}
        )
    assert error.value.code == "same_language"


def test_an_unsupported_language_is_refused(listing, author):
    with pytest.raises(DomainError) as error:
        save_version(listing, actor=author, language="fr", fields=ZH)
    assert error.value.code == "unsupported_language"


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({**ZH, "title": ""}, "title", "This field is required."),
        ({**ZH, "title": "AI inspection system for circuit boards"}, "title", "Chinese"),
        ({**ZH, "description": "检测" * 5001}, "description", "10000"),
        ({**ZH, "summary": "<b>电路板</b>检测系统"}, "summary", "HTML"),
    ],
)
def test_bad_fields_are_named_and_nothing_is_kept(listing, author, fields, field, message):
    with pytest.raises(ValidationError) as error:
        save_version(listing, actor=author, language="zh-hans", fields=fields)
    assert list(error.value.message_dict) == [field]
    assert message in error.value.message_dict[field][0]
    assert not ContentVersion.objects.exists()


def test_changing_the_original_makes_the_version_stale(listing, author):
    version = save_version(listing, actor=author, language="zh-hans", fields=ZH)
    listing.description = "A new description of the inspection system."
    listing.save()
    assert not is_current(version, listing)
    assert refresh_staleness(listing) == 1
    assert ContentVersion.objects.get().is_stale


def test_update_listing_marks_versions_stale_through_the_signal(
    listing, author, django_capture_on_commit_callbacks
):
    from duijie.listings.domain.lifecycle import update_listing

    save_version(listing, actor=author, language="zh-hans", fields=ZH)
    with django_capture_on_commit_callbacks(execute=True):
        update_listing(listing, actor=author, fields={"title": "A better title"})
    assert ContentVersion.objects.get().is_stale
    assert version_in(listing, "zh-hans") is not None


def test_delete_version(listing, author):
    save_version(listing, actor=author, language="zh-hans", fields=ZH)
    assert delete_version(listing, actor=author, language="zh-hans")
    assert not delete_version(listing, actor=author, language="zh-hans")


def test_versions_are_notified_by_email_in_the_authors_language(listing, author, settings):
    author.language = "zh-hans"
    author.save()
    save_version(
        listing, actor=UserFactory(is_staff=True, full_name="Staff"), language="zh", fields=ZH
    )
    notification = Notification.objects.get()
    assert "中文版本" in notification.title
    assert len(mail.outbox) in (0, 1)
