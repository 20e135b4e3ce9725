"""Agendas: items, iCalendar files, bilingual PDFs with Chinese text, agenda emails."""

import datetime
import io

import pytest
from django.core import mail
from icalendar import Calendar
from pypdf import PdfReader

from duijie.events.domain.agenda import agenda_items
from duijie.events.interfaces import pdf
from duijie.events.interfaces.agenda_mail import send_agenda
from duijie.events.interfaces.ical import event_calendar, participant_calendar
from duijie.events.models import EventBreak, Meeting
from tests.events.factories import at

pytestmark = pytest.mark.django_db


@pytest.fixture
def scheduled(world):
    """Alice meets Bob in the first slot and Carol in the third."""
    slots = list(world.event.slots.all())
    tables = list(world.event.tables.all())
    for other, slot in ((world.bob, slots[0]), (world.carol, slots[2])):
        a, b = sorted((world.alice, other), key=lambda p: p.pk)
        Meeting.objects.create(
            event=world.event, slot=slot, table=tables[1], a=a, b=b, source="scheduler"
        )
    return world


def calendar_events(data: bytes):
    return [c for c in Calendar.from_ical(data).walk() if c.name == "VEVENT"]


def pdf_text(data: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_agenda_lists_sessions_breaks_and_meetings_in_time_order(scheduled):
    day = scheduled.event.starts_on
    EventBreak.objects.create(
        event=scheduled.event,
        name_zh="茶歇",
        name_en="Tea",
        starts_at=at(day, 11),
        ends_at=at(day, 11, 15),
    )
    items = agenda_items(scheduled.alice)
    assert [item.kind for item in items] == ["session", "meeting", "meeting", "break"]
    assert [item.counterpart for item in items if item.meeting] == [scheduled.bob, scheduled.carol]


def test_participant_calendar_parses_and_holds_the_meetings(scheduled):
    events = calendar_events(participant_calendar(scheduled.alice))
    meetings = [e for e in events if "Meeting" in str(e["summary"])]
    assert len(events) == 3 and len(meetings) == 2
    first = min(meetings, key=lambda e: e.decoded("dtstart"))
    assert "王博" in str(first["summary"])
    assert "T02" in str(first["location"])
    start = first.decoded("dtstart")
    assert start == at(scheduled.event.starts_on, 9, 0)
    assert start.utcoffset() == datetime.timedelta(0)  # written in UTC


def test_calendar_is_in_the_participants_language(scheduled):
    events = calendar_events(participant_calendar(scheduled.bob))
    summaries = [str(e["summary"]) for e in events]
    assert any(s.startswith("洽谈：Alice Tan") for s in summaries), summaries


def test_event_calendar_is_bilingual(world):
    [session] = calendar_events(event_calendar(world.event))
    assert world.event.name_zh in str(session["summary"])
    assert world.event.name_en in str(session["summary"])


def test_agenda_pdf_renders_chinese_text(scheduled):
    data = pdf.agenda_pdf(scheduled.alice, checkin_url="https://duijie.example/events/checkin/x/")
    text = pdf_text(data)
    assert scheduled.event.name_zh in text
    assert "王博" in text and "个人日程" in text


def test_table_plan_pdf_lists_every_meeting(scheduled):
    text = pdf_text(pdf.table_plan_pdf(scheduled.event))
    assert scheduled.event.name_zh in text
    assert "陈卡罗" in text and "桌位安排" in text


def test_a_missing_cjk_font_stops_with_a_clear_message(scheduled, settings, monkeypatch):
    monkeypatch.setattr(pdf.pdfmetrics, "getRegisteredFontNames", lambda: [])
    settings.DUIJIE_CJK_FONT = "/nonexistent/wqy-zenhei.ttc"
    with pytest.raises(pdf.CJKFontMissing) as error:
        pdf.agenda_pdf(scheduled.alice, checkin_url="https://x/")
    assert "fonts-wqy-zenhei" in str(error.value)


def test_agenda_email_is_in_the_recipients_language_with_the_calendar(scheduled):
    send_agenda(scheduled.bob, actor=scheduled.organiser)
    [message] = mail.outbox
    assert message.to == [scheduled.bob.user.email]
    assert message.subject == f"您在{scheduled.event.name_zh}的日程"
    name, content, mimetype = message.attachments[0]
    assert (name, mimetype) == ("agenda.ics", "text/calendar")
    assert len(calendar_events(content)) == 2


def test_participants_cannot_send_someone_elses_agenda(scheduled):
    from duijie.common.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        send_agenda(scheduled.bob, actor=scheduled.alice.user)
    assert mail.outbox == []
