"""Issue 13: an event name with a line break no longer breaks its calendar file for everyone."""

import pytest
from icalendar import Calendar

from duijie.events.interfaces.ical import participant_calendar

pytestmark = pytest.mark.django_db


def test_event_calendar_with_a_line_break_in_the_name_is_a_valid_file(client, world):
    event = world.event
    event.name_zh, event.name_en = "对接会\n第二行", "Matchmaking\r\nsecond line"
    event.save()
    response = client.get(f"/events/{event.pk}/calendar.ics")
    assert response.status_code == 200
    name_line = "X-WR-CALNAME:对接会\\n第二行 / Matchmaking\\nsecond line\r\n"
    assert name_line in response.content.decode()
    calendar = Calendar.from_ical(response.content)
    (session,) = [c for c in calendar.walk() if c.name == "VEVENT"]
    assert "second line" in str(session["summary"])


def test_participant_calendar_with_a_line_break_in_the_name_parses(world):
    world.event.name_en = "Line\nbreak"
    world.event.save()
    world.alice.user.language = "en"
    data = participant_calendar(world.alice)
    assert b"X-WR-CALNAME:Line\\nbreak\r\n" in data
    assert Calendar.from_ical(data).name == "VCALENDAR"
