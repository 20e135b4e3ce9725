"""Conversations on interests and meeting requests: who writes, who reads, how authors appear."""

from types import SimpleNamespace

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from duijie.common.errors import DomainError, PermissionDenied
from duijie.common.models.notifications import Notification
from duijie.matching.domain import conversations as talk
from duijie.matching.domain import interest as flow
from duijie.matching.models import Message, MessageAttachment, Thread
from tests.events.factories import RequestFactory
from tests.factories import ListingFactory, MembershipFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture(autouse=True)
def _english():
    """Labels ("You", "Former user") are in the reader's language; these tests read English."""
    with translation.override("en"):
        yield


def test_labels_are_in_the_readers_language(world):
    talk.post_message(world.interest, actor=world.buyer, body="Hi")
    with translation.override("zh-hans"):
        assert authors(world, world.buyer) == ["您"]


@pytest.fixture
def world(db):
    cn = OrganisationFactory(country="CN", name_en="Yangpu Precision", name_zh="")
    sg = OrganisationFactory(country="SG", name_en="Merlion Vision", name_zh="")
    buyer = MembershipFactory(organisation=cn, user__full_name="Li Wei").user
    seller = MembershipFactory(organisation=sg, user__full_name="Sarah Lim").user
    offer = ListingFactory(organisation=sg, title="AI inspection offer")
    interest = flow.express_interest(
        offer, actor=buyer, organisation=cn, message="Hello", answers={}
    )
    return SimpleNamespace(
        cn=cn,
        sg=sg,
        buyer=buyer,
        seller=seller,
        offer=offer,
        seller_colleague=MembershipFactory(organisation=sg, user__full_name="Tan Ah Kow").user,
        interest=interest,
    )


def authors(world, viewer) -> list[str]:
    return [view.author for view in talk.thread_messages(world.interest, actor=viewer)]


def exchange(world) -> None:
    flow.accept_interest(world.interest, actor=world.seller)
    flow.give_contact_consent(world.interest, actor=world.seller)
    flow.give_contact_consent(world.interest, actor=world.buyer)


def test_a_thread_starts_with_the_first_message_of_a_pending_interest(world):
    assert talk.thread_messages(world.interest, actor=world.buyer) == []
    assert Thread.objects.count() == 0
    talk.post_message(world.interest, actor=world.buyer, body="  Are you free next week?  ")
    shown = talk.thread_messages(world.interest, actor=world.seller)
    assert [(v.body, v.mine, v.content_locale) for v in shown] == [
        ("Are you free next week?", False, "en")
    ]


def test_before_the_exchange_authors_appear_as_their_organisation(world):
    talk.post_message(world.interest, actor=world.buyer, body="Hi")
    talk.post_message(world.interest, actor=world.seller, body="Hello")
    assert authors(world, world.seller) == ["Yangpu Precision", "You"]
    assert authors(world, world.buyer) == ["You", "Merlion Vision"]
    assert authors(world, world.seller_colleague) == [
        "Yangpu Precision",
        "Sarah Lim · Merlion Vision",
    ]


def test_after_the_exchange_authors_appear_by_name(world):
    talk.post_message(world.interest, actor=world.seller, body="Hello")
    exchange(world)
    assert authors(world, world.buyer) == ["Sarah Lim · Merlion Vision"]


def test_an_anonymous_listing_stays_anonymous_in_its_thread(world):
    world.offer.visibility = "anonymous"
    world.offer.save()
    talk.post_message(world.interest, actor=world.seller, body="Hello")
    assert authors(world, world.buyer) == ["The listing's organisation (anonymous)"]
    flow.accept_interest(world.interest, actor=world.seller)
    assert authors(world, world.buyer) == ["Merlion Vision"]


def test_a_deleted_account_reads_former_user(world):
    talk.post_message(world.interest, actor=world.seller_colleague, body="Hello")
    world.seller_colleague.delete()
    assert authors(world, world.buyer) == ["Former user"]


@pytest.mark.parametrize(
    ("body", "code"),
    [("", "empty"), ("   \n ", "empty"), ("x" * 20_000, "too_long"), ("a\x00b", "control")],
    ids=["empty", "blank", "20000 characters", "NUL"],
)
def test_bad_messages_are_refused_and_nothing_is_stored(world, body, code):
    with pytest.raises(DomainError) as error:
        talk.post_message(world.interest, actor=world.buyer, body=body)
    assert error.value.code == code
    assert (Thread.objects.count(), Message.objects.count()) == (0, 0)


def test_markup_is_kept_as_text(world):
    talk.post_message(world.interest, actor=world.buyer, body="<script>alert(1)</script>")
    assert talk.thread_messages(world.interest, actor=world.buyer)[0].body == (
        "<script>alert(1)</script>"
    )


def test_a_disguised_executable_is_refused_with_the_whole_message(world):
    exe = SimpleUploadedFile("offer.pdf", b"MZ\x90\x00" + b"\x00" * 200)
    good = SimpleUploadedFile("photo.png", PNG)
    with pytest.raises(DomainError) as error:
        talk.post_message(world.interest, actor=world.buyer, body="See files", uploads=[good, exe])
    assert error.value.code == "file_type"
    assert "offer.pdf" in str(error.value.message)
    assert (Message.objects.count(), MessageAttachment.objects.count()) == (0, 0)


def test_a_checked_file_is_stored_with_its_message(world):
    photo = SimpleUploadedFile("photo.png", PNG)
    talk.post_message(world.interest, actor=world.buyer, body="Photo", uploads=[photo])
    [view] = talk.thread_messages(world.interest, actor=world.seller)
    assert [(f.name, f.size) for f in view.attachments] == [("photo.png", len(PNG))]
    stored = MessageAttachment.objects.get()
    assert stored.content_type == "image/png"
    assert "photo" not in stored.file.name
    assert stored.file.read() == PNG


def test_unread_counts_and_notifications_for_the_other_side(world):
    talk.post_message(world.interest, actor=world.buyer, body="One")
    talk.post_message(world.interest, actor=world.buyer, body="Two")
    assert talk.unread_in(world.interest, user=world.buyer) == 0
    assert talk.unread_in(world.interest, user=world.seller) == 2
    received = Notification.objects.filter(recipient=world.seller, kind="message", read_at=None)
    assert received.count() == 2
    assert received.first().url == f"/interests/{world.interest.pk}/"
    assert talk.mark_thread_read(world.interest, actor=world.seller) == 2
    assert talk.unread_in(world.interest, user=world.seller) == 0
    assert received.count() == 0


def test_a_pending_interest_notifies_every_member_of_the_listing_side(world):
    talk.post_message(world.interest, actor=world.buyer, body="Hi")
    notified = set(Notification.objects.filter(kind="message").values_list("recipient", flat=True))
    assert notified == {world.seller.pk, world.seller_colleague.pk}


def test_an_answered_interest_notifies_its_contact_person_and_those_who_wrote(world):
    flow.accept_interest(world.interest, actor=world.seller)
    talk.post_message(world.interest, actor=world.seller, body="Hello")
    Notification.objects.all().delete()
    talk.post_message(world.interest, actor=world.buyer, body="Hi")
    notified = set(Notification.objects.filter(kind="message").values_list("recipient", flat=True))
    assert notified == {world.seller.pk}


def test_a_closed_interest_takes_no_more_messages(world):
    talk.post_message(world.interest, actor=world.buyer, body="Hi")
    flow.decline_interest(world.interest, actor=world.seller, reason="not_focus")
    with pytest.raises(PermissionDenied):
        talk.post_message(world.interest, actor=world.buyer, body="Why?")
    assert len(talk.thread_messages(world.interest, actor=world.buyer)) == 1


@pytest.mark.parametrize("role", ["outsider", "staff", "superuser"])
def test_others_neither_read_nor_write(world, role):
    user = {
        "outsider": lambda: MembershipFactory().user,
        "staff": lambda: UserFactory(is_staff=True),
        "superuser": lambda: UserFactory(is_staff=True, is_superuser=True),
    }[role]()
    talk.post_message(world.interest, actor=world.buyer, body="Hi")
    for action in (
        lambda: talk.thread_messages(world.interest, actor=user),
        lambda: talk.post_message(world.interest, actor=user, body="x"),
        lambda: talk.report_thread(world.interest, actor=user, reason="spam"),
    ):
        with pytest.raises(PermissionDenied):
            action()


def test_staff_read_a_thread_once_a_participant_reported_it(world):
    staff = UserFactory(is_staff=True)
    talk.post_message(world.interest, actor=world.seller, body="Pay me in cash")
    thread = talk.report_thread(world.interest, actor=world.buyer, reason="Asks for cash")
    assert (thread.reported_by, thread.report_reason) == (world.buyer, "Asks for cash")
    assert list(talk.reported_threads()) == [thread]
    assert authors(world, staff) == ["Sarah Lim · Merlion Vision"]
    with pytest.raises(PermissionDenied):
        talk.post_message(world.interest, actor=staff, body="x")
    with pytest.raises(PermissionDenied):
        talk.report_thread(world.interest, actor=world.seller, reason="again")


def test_a_report_needs_a_reason(world):
    with pytest.raises(DomainError):
        talk.report_thread(world.interest, actor=world.buyer, reason="  ")
    assert not Thread.objects.filter(reported_at__isnull=False).exists()


def test_a_meeting_request_has_its_own_thread_between_the_two_participants(db):
    request = RequestFactory(
        sender__user__full_name="Alice Tan", receiver__user__full_name="Bob Lee"
    )
    alice, bob = request.sender.user, request.receiver.user
    talk.post_message(request, actor=alice, body="Table 12 at ten?")
    assert [v.author for v in talk.thread_messages(request, actor=bob)] == [
        f"Alice Tan · {request.sender.organisation.name}"
    ]
    assert talk.unread_in(request, user=bob) == 1
    assert Notification.objects.get(kind="message").recipient == bob
    with pytest.raises(PermissionDenied):
        talk.thread_messages(request, actor=UserFactory())
