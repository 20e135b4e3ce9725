"""My Duijie: the landing page after login shows each role's work, each item linking onward."""

import datetime

import pytest
from django.urls import reverse
from django.utils import formats, timezone, translation

from duijie.matching.domain import conversations as talk
from duijie.matching.domain import interest as flow
from tests.conftest import login
from tests.events.factories import EventFactory, ParticipantFactory, RequestFactory
from tests.factories import ListingFactory, MembershipFactory, OrganisationFactory, UserFactory
from tests.services.conftest import desk, submit  # noqa: F401 (fixtures)
from tests.taskforce.factories import WorkItemFactory

pytestmark = pytest.mark.django_db

ME = "/me/"


def page(client, user) -> str:
    login(client, user)
    response = client.get(ME)
    assert response.status_code == 200
    return response.content.decode()


def test_login_lands_on_my_duijie(client):
    user = UserFactory(email="li@example.com")
    user.set_password("a long password 2026")
    user.save()
    form = {"username": "li@example.com", "password": "a long password 2026"}
    response = client.post(reverse("web:login"), form)
    assert response.status_code == 302
    assert response["Location"] == ME == reverse("web:me")


def test_visitors_are_sent_to_log_in(client):
    response = client.get(ME)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("web:login"))


@pytest.fixture
def pair(db):
    cn = OrganisationFactory(country="CN", name_en="Yangpu Precision", name_zh="")
    sg = OrganisationFactory(country="SG", name_en="Merlion Vision", name_zh="")
    buyer = MembershipFactory(organisation=cn, user__language="en").user
    seller = MembershipFactory(organisation=sg, user__language="en").user
    offer = ListingFactory(organisation=sg, title="AI inspection offer")
    interest = flow.express_interest(offer, actor=buyer, organisation=cn, message="Hi", answers={})
    return buyer, seller, interest


def test_the_listing_side_sees_what_waits_for_its_answer(client, pair):
    buyer, seller, interest = pair
    talk.post_message(interest, actor=buyer, body="Are you there?")
    html = page(client, seller)
    detail = reverse("web:interest_detail", args=[interest.pk])
    assert f'href="{detail}">Yangpu Precision is interested in “AI inspection offer”</a>' in html
    assert f'href="{detail}#conversation">AI inspection offer</a>' in html
    assert "1 new message" in html
    assert "1 unread notification" not in html  # interest received + message: two
    assert "2 unread notifications" in html


def test_the_sender_sees_its_interests_and_their_state(client, pair):
    buyer, seller, interest = pair
    flow.accept_interest(interest, actor=seller)
    html = page(client, buyer)
    detail = reverse("web:interest_detail", args=[interest.pk])
    assert f'<a href="{detail}">AI inspection offer</a>' in html
    assert "Both sides accepted" in html
    assert "Nothing is waiting for your answer." in html


def test_someone_else_sees_none_of_it(client, pair):
    html = page(client, MembershipFactory().user)
    assert "AI inspection offer" not in html


def test_meeting_requests_to_answer_and_next_meetings(client):
    request = RequestFactory(status="pending", sender__user__full_name="Alice Tan")
    html = page(client, request.receiver.user)
    assert reverse("web:events_requests", args=[request.event_id]) in html
    assert "Alice Tan (" in html and "asks to meet you" in html


def test_a_requester_sees_the_deadline_of_each_open_request(client, desk, submit):  # noqa: F811
    item = submit(subject="Regional HQ recognition")
    html = page(client, desk.requester)
    assert reverse("web:services_request_detail", args=[item.pk]) in html
    with translation.override("en"):
        due = formats.date_format(item.due_on, "SHORT_DATE_FORMAT")
    assert f"answer due {due}" in html


def test_government_staff_see_their_departments_requests_and_work_items_due(
    client,
    desk,  # noqa: F811
    submit,  # noqa: F811
):
    item = submit()
    soon = WorkItemFactory(
        lead_unit=desk.commerce,
        title_en="Pilot zone data rules",
        start_date=timezone.localdate() - datetime.timedelta(days=10),
        due_date=timezone.localdate() + datetime.timedelta(days=10),
    )
    later = WorkItemFactory(
        lead_unit=desk.commerce,
        title_en="Talent policy review",
        start_date=timezone.localdate(),
        due_date=timezone.localdate() + datetime.timedelta(days=90),
    )
    html = page(client, desk.colleague)
    assert reverse("web:services_request_detail", args=[item.pk]) in html
    assert reverse("web:taskforce_item_detail", args=[soon.pk]) in html
    assert reverse("web:taskforce_item_detail", args=[later.pk]) not in html
    assert reverse("web:services_request_detail", args=[item.pk]) not in page(
        client, desk.investor_clerk
    )


def test_organisers_see_registrations_to_approve(client):
    organiser = UserFactory(language="en")
    event = EventFactory()
    event.organisers.add(organiser)
    ParticipantFactory(event=event, status="pending")
    html = page(client, organiser)
    assert reverse("web:events_participants", args=[event.pk]) in html
    assert "1 registration to approve" in html


def test_brokers_see_their_cases_and_the_queue(client):
    from duijie.matching.domain import pipeline

    broker = UserFactory(is_broker=True, language="en")
    taken = ListingFactory(kind="tech_request", title="Battery recycling need")
    ListingFactory(kind="challenge", title="Port automation challenge")
    pipeline.claim_case(taken, actor=broker)
    html = page(client, broker)
    assert "Battery recycling need" in html
    assert f'<a href="{reverse("web:broker_queue")}">1 need without a broker</a>' in html
