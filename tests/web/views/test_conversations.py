"""The conversation pages: post with files, keep the text on a refusal, report, staff queue."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from duijie.matching.domain import conversations as talk
from duijie.matching.domain import interest as flow
from duijie.matching.models import Message, MessageAttachment
from tests.conftest import login
from tests.events.factories import RequestFactory
from tests.factories import ListingFactory, MembershipFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture
def interest(db):
    cn = OrganisationFactory(country="CN", name_en="Yangpu Precision", name_zh="")
    sg = OrganisationFactory(country="SG", name_en="Merlion Vision", name_zh="")
    buyer = MembershipFactory(organisation=cn, user__language="en").user
    MembershipFactory(organisation=sg, user__language="en")
    offer = ListingFactory(organisation=sg)
    return flow.express_interest(offer, actor=buyer, organisation=cn, message="Hi", answers={})


def page(interest) -> str:
    return reverse("web:interest_detail", args=[interest.pk])


def test_a_message_with_a_file_is_posted_from_the_interest_page(client, interest):
    login(client, interest.from_user)
    photo = SimpleUploadedFile("plan.png", PNG, content_type="image/png")
    response = client.post(page(interest), {"body": "Our plan", "files": [photo]})
    assert response.status_code == 302
    assert response["Location"].endswith("#conversation")
    attachment = MessageAttachment.objects.get()
    html = client.get(page(interest)).content.decode()
    assert "Our plan" in html
    assert reverse("web:message_file", args=[attachment.pk]) in html
    download = client.get(reverse("web:message_file", args=[attachment.pk]))
    assert download["Content-Disposition"].startswith('attachment; filename="plan.png"')
    login(client, MembershipFactory().user)
    assert client.get(reverse("web:message_file", args=[attachment.pk])).status_code == 404


def test_a_disguised_executable_is_refused_and_the_text_is_kept(client, interest):
    login(client, interest.from_user)
    exe = SimpleUploadedFile("brochure.pdf", b"MZ\x90\x00" + b"\x00" * 200)
    response = client.post(page(interest), {"body": "Please read this", "files": [exe]})
    assert response.status_code == 200
    html = response.content.decode()
    assert "“brochure.pdf” is not a PDF, Word (.docx), Excel (.xlsx), PNG or JPEG file." in html
    assert "\nPlease read this</textarea>" in html
    assert Message.objects.count() == 0


def test_a_participant_reports_and_staff_read_the_reported_thread(client, interest):
    talk.post_message(interest, actor=interest.from_user, body="Hello there")
    login(client, interest.from_user)
    reported = client.post(reverse("web:interest_report", args=[interest.pk]), {"reason": "Spam"})
    assert reported.status_code == 302
    thread = talk.thread_of(interest)
    login(client, UserFactory(is_staff=True, language="en"))
    queue = client.get(reverse("web:reported_threads")).content.decode()
    assert reverse("web:reported_thread", args=[thread.pk]) in queue
    assert (
        "Hello there"
        in client.get(reverse("web:reported_thread", args=[thread.pk])).content.decode()
    )
    assert client.get(page(interest)).status_code == 404


def test_staff_cannot_open_a_thread_nobody_reported(client, interest):
    talk.post_message(interest, actor=interest.from_user, body="Hello")
    login(client, UserFactory(is_staff=True))
    thread = talk.thread_of(interest)
    assert client.get(reverse("web:reported_thread", args=[thread.pk])).status_code == 404
    login(client, MembershipFactory().user)
    assert client.get(reverse("web:reported_threads")).status_code == 403


def test_the_meeting_request_conversation_page(client):
    request = RequestFactory(sender__user__language="en", receiver__user__language="en")
    url = reverse("web:meeting_request_thread", args=[request.pk])
    login(client, request.sender.user)
    assert client.post(url, {"body": "Table 12?"}).status_code == 302
    login(client, request.receiver.user)
    assert "Table 12?" in client.get(url).content.decode()
    assert talk.unread_in(request, user=request.receiver.user) == 0
    login(client, UserFactory())
    assert client.get(url).status_code == 404
