"""iCalendar (.ics) files: one per participant (their meetings and sessions), one per event.

Times are written in UTC (the "Z" form), which every calendar converts to local time;
Shanghai and Singapore are both UTC+8.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _
from icalendar import Calendar, vText
from icalendar import Event as CalendarEvent

from duijie.common.i18n import normalise_language
from duijie.events.domain.agenda import agenda_items
from duijie.events.models import Event, Participant

PRODUCT_ID = "-//Duijie//Events//ZH-EN"


def _calendar(name: str) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    # An X- property is not escaped unless typed as text; a line break in an event's name
    # would otherwise break the whole file.
    calendar.add("x-wr-calname", vText(name))
    return calendar


def _utc(moment: datetime.datetime) -> datetime.datetime:
    return moment.astimezone(datetime.UTC)


def _entry(uid: str, start, end, summary: str, location: str = "", description: str = ""):
    entry = CalendarEvent()
    entry.add("uid", f"{uid}@duijie")
    entry.add("dtstamp", datetime.datetime.now(datetime.UTC))
    entry.add("dtstart", _utc(start))
    entry.add("dtend", _utc(end))
    entry.add("summary", summary)
    if location:
        entry.add("location", location)
    if description:
        entry.add("description", description)
    return entry


def participant_calendar(participant: Participant) -> bytes:
    """The participant's sessions and meetings, in their own language."""
    with translation.override(normalise_language(participant.user.language)):
        return _participant_calendar(participant)


def _participant_calendar(participant: Participant) -> bytes:

    event = participant.event
    calendar = _calendar(event.name)
    for item in agenda_items(participant):
        if item.meeting is not None:
            other = item.counterpart
            summary = _("Meeting: %(name)s (%(organisation)s)") % {
                "name": other.user.full_name,
                "organisation": other.organisation.name,
            }
            location = _("Table %(table)s, %(venue)s") % {
                "table": item.meeting.table.label,
                "venue": event.venue or event.online_link,
            }
            uid = f"meeting-{item.meeting.pk}-{participant.pk}"
            calendar.add_component(_entry(uid, item.starts_at, item.ends_at, summary, location))
        elif item.session is not None:
            uid = f"session-{item.session.pk}-{participant.pk}"
            summary = f"{event.name}: {item.session.name}"
            calendar.add_component(
                _entry(uid, item.starts_at, item.ends_at, summary, event.venue or event.online_link)
            )
    return calendar.to_ical()


def event_calendar(event: Event) -> bytes:
    """The event's sessions, bilingual so one file serves every visitor."""
    calendar = _calendar(f"{event.name_zh} / {event.name_en}")
    location = " / ".join(x for x in (event.venue_zh, event.venue_en) if x) or event.online_link
    description = f"{settings.SITE_URL}/events/{event.pk}/"
    for session in event.sessions.all():
        summary = f"{event.name_zh} · {session.name_zh} / {event.name_en} · {session.name_en}"
        calendar.add_component(
            _entry(
                f"event-{event.pk}-session-{session.pk}",
                session.starts_at,
                session.ends_at,
                summary,
                location,
                description,
            )
        )
    return calendar.to_ical()
