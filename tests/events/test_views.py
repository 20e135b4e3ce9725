"""Events pages: permissions on the server, forms, and both interface languages."""

import datetime

import pytest
from django.utils import timezone

from duijie.events.models import Event, Meeting, MeetingOutcome, MeetingRequest, Participant
from tests.conftest import login
from tests.events.factories import EventFactory, RequestFactory
from tests.factories import MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db


def meeting(world, one, other, slot_index=0, table_index=0, **extra):
    a, b = sorted((one, other), key=lambda p: p.pk)
    return Meeting.objects.create(
        event=world.event,
        slot=list(world.event.slots.all())[slot_index],
        table=list(world.event.tables.all())[table_index],
        a=a,
        b=b,
        source="scheduler",
        **extra,
    )


def test_the_event_list_shows_published_events_and_hides_drafts(client, world):
    draft = EventFactory(status="draft", name_en="Secret draft event")
    page = client.get("/events/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert world.event.name_en in page
    assert "Secret draft event" not in page
    assert client.get(f"/events/{draft.pk}/").status_code == 404


def test_organisers_see_their_drafts(client):
    organiser = UserFactory()
    draft = EventFactory(status="draft", organisers=[organiser], name_en="My draft")
    login(client, organiser)
    assert "My draft" in client.get("/events/").content.decode()
    assert client.get(f"/events/{draft.pk}/").status_code == 200


def test_event_page_in_chinese_and_english(client, world):
    page = client.get(f"/events/{world.event.pk}/", HTTP_ACCEPT_LANGUAGE="zh-hans")
    text = page.content.decode()
    assert world.event.name_zh in text and "日程安排" in text
    page = client.get(f"/events/{world.event.pk}/", HTTP_ACCEPT_LANGUAGE="en")
    text = page.content.decode()
    assert world.event.name_en in text and "Programme" in text


def test_only_staff_create_events(client, staff_user):
    login(client, UserFactory())
    assert client.get("/events/new/").status_code == 403
    login(client, staff_user)
    assert client.get("/events/new/").status_code == 200


def test_an_invalid_event_form_keeps_input_and_shows_translated_errors(client, staff_user):
    staff_user.language = "zh-hans"  # a signed-in user's own language wins
    staff_user.save()
    login(client, staff_user)
    day = (timezone.localdate() + datetime.timedelta(days=30)).isoformat()
    data = {
        "kind": "matchmaking",
        "name_zh": "对接会",
        "name_en": "",
        "starts_on": day,
        "ends_on": "2000-01-01",
        "registration_opens_at": f"{day}T09:00",
        "registration_closes_at": f"{day}T08:00",
        "request_mode": "opt_in",
        "slot_minutes": 20,
        "max_meetings": 8,
        "max_requests": 10,
        "request_expiry_days": 3,
    }
    page = client.post("/events/new/", data, HTTP_ACCEPT_LANGUAGE="zh-hans")
    text = page.content.decode()
    assert page.status_code == 200
    assert "最后一天不能早于第一天" in text
    assert "报名截止时间必须晚于开始时间" in text
    assert 'value="对接会"' in text
    assert Event.objects.count() == 0


def test_creating_an_event_leads_to_its_setup(client, staff_user):
    login(client, staff_user)
    day = (timezone.localdate() + datetime.timedelta(days=30)).isoformat()
    data = {
        "kind": "roundtable",
        "name_zh": "圆桌会",
        "name_en": "Roundtable",
        "description_zh": "介绍",
        "description_en": "About",
        "venue_en": "Yangpu",
        "starts_on": day,
        "ends_on": day,
        "registration_opens_at": f"{day}T08:00",
        "registration_closes_at": f"{day}T09:00",
        "request_mode": "opt_out",
        "slot_minutes": 20,
        "max_meetings": 8,
        "max_requests": 10,
        "request_expiry_days": 3,
    }
    response = client.post("/events/new/", data)
    event = Event.objects.get()
    assert response.url == f"/events/{event.pk}/setup/"
    response = client.post(f"/events/{event.pk}/setup/tables/", {"labels": "", "count": 3})
    assert list(event.tables.values_list("label", flat=True)) == ["T01", "T02", "T03"]


ORGANISER_PAGES = [
    "setup/",
    "participants/",
    "schedule/",
    "checkin/",
    "board/",
    "report/",
    "report.xlsx",
    "schedule/instance.json",
    "schedule/table-plan.pdf",
]


@pytest.mark.parametrize("suffix", ORGANISER_PAGES)
def test_organiser_pages_are_for_this_events_organisers(client, world, other_event, suffix):
    url = f"/events/{world.event.pk}/{suffix}"
    for outsider in (other_event[1], world.alice.user, UserFactory()):
        login(client, outsider)
        assert client.get(url).status_code == 403, outsider
    login(client, world.organiser)
    assert client.get(url).status_code == 200


def test_anonymous_visitors_are_sent_to_log_in(client, world):
    response = client.get(f"/events/{world.event.pk}/schedule/")
    assert response.status_code == 302 and "/accounts/login/" in response.url


def test_registration_through_the_page(client, world):
    member = MembershipFactory()
    login(client, member.user)
    session = world.event.sessions.first()
    response = client.post(
        f"/events/{world.event.pk}/register/",
        {
            "organisation": member.organisation.pk,
            "offer": "Digital twins",
            "seek": "Pilot sites",
            "content_locale": "en",
            "sessions": [session.pk],
        },
    )
    assert response.status_code == 302
    participant = Participant.objects.get(user=member.user)
    assert (participant.status, list(participant.sessions.all())) == ("pending", [session])


def test_the_participant_directory_is_for_admitted_participants(client, world):
    login(client, UserFactory())
    assert client.get(f"/events/{world.event.pk}/people/").status_code == 403
    login(client, world.alice.user)
    page = client.get(f"/events/{world.event.pk}/people/").content.decode()
    assert "王博" in page and "陈卡罗" in page


def test_sending_and_declining_a_request_through_the_pages(client, world):
    login(client, world.alice.user)
    client.post(
        f"/events/{world.event.pk}/people/{world.bob.pk}/request/",
        {"note": "Let us talk", "content_locale": "en", "priority": "must"},
    )
    request = MeetingRequest.objects.get()
    login(client, world.bob.user)
    url = f"/events/{world.event.pk}/requests/{request.pk}/decline/"
    world.bob.user.language = "zh-hans"
    world.bob.user.save()
    page = client.post(url, {"reason": ""})
    assert page.status_code == 400 and "这个字段是必填项" in page.content.decode()
    client.post(url, {"reason": "不在我们的业务范围"})
    request.refresh_from_db()
    assert (request.status, request.decline_reason) == ("declined", "不在我们的业务范围")


def test_only_the_receiver_can_answer_a_request(client, world):
    request = RequestFactory(sender=world.alice, receiver=world.bob, status="pending")
    login(client, world.carol.user)
    url = f"/events/{world.event.pk}/requests/{request.pk}/accept/"
    assert client.post(url).status_code == 403
    assert MeetingRequest.objects.get().status == "pending"


def test_a_participant_sees_only_their_own_agenda(client, world, other_event):
    meeting(world, world.alice, world.bob)
    base = f"/events/{world.event.pk}/agenda/{world.alice.pk}/"
    for suffix in ("", "agenda.ics", "agenda.pdf"):
        for outsider in (world.bob.user, UserFactory(), other_event[1]):
            login(client, outsider)
            assert client.get(base + suffix).status_code == 404
        login(client, world.alice.user)
        assert client.get(base + suffix).status_code == 200
        login(client, world.organiser)
        assert client.get(base + suffix).status_code == 200


def test_my_agenda_shows_my_meetings(client, world):
    meeting(world, world.alice, world.bob, table_index=1)
    login(client, world.alice.user)
    page = client.get(f"/events/{world.event.pk}/agenda/").content.decode()
    assert "王博" in page and "T02" in page


def test_private_notes_are_seen_by_their_author_only(client, world):
    held = meeting(world, world.alice, world.bob, attendance="held")
    MeetingOutcome.objects.create(
        meeting=held, participant=world.alice, result="pilot", notes="ALICE-SECRET-NOTE"
    )
    login(client, world.alice.user)
    assert "ALICE-SECRET-NOTE" in client.get(f"/events/{world.event.pk}/agenda/").content.decode()
    login(client, world.bob.user)
    assert (
        "ALICE-SECRET-NOTE" not in client.get(f"/events/{world.event.pk}/agenda/").content.decode()
    )
    assert client.get(f"/events/{world.event.pk}/meetings/{held.pk}/outcome/").status_code == 200
    assert (
        "ALICE-SECRET-NOTE"
        not in client.get(f"/events/{world.event.pk}/meetings/{held.pk}/outcome/").content.decode()
    )
    login(client, world.organiser)
    for url in (f"agenda/{world.alice.pk}/", "report/", "report.xlsx", "schedule/"):
        assert b"ALICE-SECRET-NOTE" not in client.get(f"/events/{world.event.pk}/{url}").content


def test_others_cannot_open_a_meetings_outcome_form(client, world):
    held = meeting(world, world.alice, world.bob, attendance="held")
    login(client, world.carol.user)
    assert client.get(f"/events/{world.event.pk}/meetings/{held.pk}/outcome/").status_code == 404


def test_computing_the_schedule_shows_quality_and_reasons(client, world):
    RequestFactory(sender=world.alice, receiver=world.bob)
    RequestFactory(sender=world.carol, receiver=world.bob)
    world.bob.max_meetings = 1
    world.bob.save()
    world.organiser.language = "zh-hans"
    world.organiser.save()
    login(client, world.organiser)
    client.post(f"/events/{world.event.pk}/schedule/run/")
    page = client.get(f"/events/{world.event.pk}/schedule/", HTTP_ACCEPT_LANGUAGE="zh-hans")
    text = page.content.decode()
    assert "最优上界" in text
    assert "一方已达到洽谈场次上限" in text
    assert Meeting.objects.count() == 1


def test_an_invalid_move_is_refused_with_the_reason(client, world):
    first = meeting(world, world.alice, world.bob, slot_index=0)
    meeting(world, world.bob, world.carol, slot_index=1)
    login(client, world.organiser)
    slot = list(world.event.slots.all())[1]
    page = client.post(
        f"/events/{world.event.pk}/meetings/{first.pk}/move/",
        {"slot": slot.pk, "table": world.event.tables.last().pk},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert page.status_code == 400
    assert "王博 already has a meeting in that slot." in page.content.decode()
    first.refresh_from_db()
    assert first.slot != slot


def test_the_live_board_refreshes_and_shows_the_slot(client, world):
    meeting(world, world.alice, world.bob)
    login(client, world.organiser)
    response = client.get(f"/events/{world.event.pk}/board/")
    assert response["Refresh"] == "30"
    assert "Alice Tan" in response.content.decode()


def test_uploading_a_broken_schedule_shows_the_error_on_the_field(client, world):
    from django.core.files.uploadedfile import SimpleUploadedFile

    login(client, world.organiser)
    upload = SimpleUploadedFile("s.json", b"{not json", content_type="application/json")
    page = client.post(
        f"/events/{world.event.pk}/schedule/import/",
        {"schedule": upload},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert page.status_code == 400
    assert "The file is not valid JSON." in page.content.decode()


def test_the_report_downloads_as_excel(client, world):
    login(client, world.organiser)
    response = client.get(f"/events/{world.event.pk}/report.xlsx")
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_participant_pages_render_in_both_languages(client, world, language):
    request = RequestFactory(sender=world.bob, receiver=world.alice, status="pending")
    world.alice.user.language = language
    world.alice.user.save()
    login(client, world.alice.user)
    base = f"/events/{world.event.pk}/"
    pages = {
        "requests/": "王博",
        f"people/{world.carol.pk}/request/": "陈卡罗",
        f"requests/{request.pk}/decline/": "王博",
        "profile/": world.alice.organisation.name_en if language == "en" else "",
        "agenda/": "",
    }
    for suffix, expected in pages.items():
        response = client.get(base + suffix)
        assert response.status_code == 200, suffix
        assert expected in response.content.decode()
    heading = "收到的请求" if language == "zh-hans" else "Requests to you"
    assert heading in client.get(base + "requests/").content.decode()


def test_organiser_edit_and_move_pages_render(client, world):
    first = meeting(world, world.alice, world.bob)
    login(client, world.organiser)
    assert client.get(f"/events/{world.event.pk}/edit/").status_code == 200
    page = client.get(f"/events/{world.event.pk}/meetings/{first.pk}/move/").content.decode()
    assert "T02" in page  # a free table is offered


def test_registration_form_offers_only_the_users_organisations(client, world):
    member = MembershipFactory()
    stranger = MembershipFactory()  # someone else's organisation
    login(client, member.user)
    page = client.get(f"/events/{world.event.pk}/register/").content.decode()
    assert member.organisation.name_en in page
    assert stranger.organisation.name_en not in page


def test_the_directory_never_shows_anonymous_or_unpublished_listings(client, world):
    from tests.factories import ListingFactory

    shown = ListingFactory(organisation=world.bob.organisation, title="PUBLIC-OFFER")
    hidden = ListingFactory(
        organisation=world.bob.organisation, title="ANONYMOUS-NEED", visibility="anonymous"
    )
    draft = ListingFactory(organisation=world.bob.organisation, title="DRAFT-IDEA", status="draft")
    world.bob.listings.set([shown, hidden, draft])
    login(client, world.alice.user)
    page = client.get(f"/events/{world.event.pk}/people/").content.decode()
    assert "PUBLIC-OFFER" in page
    assert "ANONYMOUS-NEED" not in page and "DRAFT-IDEA" not in page


def test_event_words_keep_their_event_meaning_in_chinese(client, world):
    member = MembershipFactory(user=UserFactory(language="zh-hans"))
    login(client, member.user)
    page = client.get(f"/events/{world.event.pk}/").content.decode()
    assert ">报名</a>" in page  # registering for an event, not creating an account (注册)
    world.alice.user.language = "zh-hans"
    world.alice.user.save()
    login(client, world.alice.user)
    page = client.get(f"/events/{world.event.pk}/").content.decode()
    assert "退出活动" in page
