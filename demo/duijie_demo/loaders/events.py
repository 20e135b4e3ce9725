"""Demo data of the events area: a bilingual 对接会 in Yangpu with a computed schedule.

`load_demo(today=...)` is idempotent: rows are found by stable keys and updated, so
running it again gives the same event, participants, requests and schedule.
"""

from __future__ import annotations

import datetime

from django.db import transaction
from django.utils import timezone

from duijie.directory.models import Membership, Organisation, User
from duijie.events import core
from duijie.events.domain.instance import build_instance
from duijie.events.domain.scheduling import store_schedule
from duijie.events.domain.setup import rebuild_slots
from duijie.events.models import (
    Event,
    EventBreak,
    EventSession,
    EventTable,
    Meeting,
    MeetingRequest,
    MeetingSource,
    Participant,
    ParticipantRole,
    Preference,
    ScheduleRun,
)
from duijie_demo.files import read, rows

ORDER = 60

DEMO_KEY = "sh-sg-digital-economy-matchmaking"
MAX_PARTICIPANTS = 24
TABLES = 12

DATA = read("events")
EVENT = DATA["event"]
SESSIONS = rows(DATA["sessions"], "name_zh", "name_en", "starts", "ends", "has_meetings")
BREAKS = rows(DATA["breaks"], "name_zh", "name_en", "starts", "ends")
ROLES = rows(DATA["roles"], "key", "name_zh", "name_en")


def _clock(text: str) -> tuple[int, int]:
    """ "09:40" -> (9, 40)."""
    hour, minute = text.split(":")
    return int(hour), int(minute)


def _at(day: datetime.date, hour: int, minute: int) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


def _organiser() -> User | None:
    return (
        User.objects.filter(email="staff@duijie.example").first()
        or User.objects.filter(is_staff=True).order_by("pk").first()
    )


def _event(today: datetime.date) -> Event:
    day = today + datetime.timedelta(days=21)
    fields = {
        **EVENT,
        "starts_on": day,
        "ends_on": day,
        "registration_opens_at": _at(today - datetime.timedelta(days=14), 9, 0),
        "registration_closes_at": _at(day - datetime.timedelta(days=3), 18, 0),
        "created_by": _organiser(),
    }
    event, _ = Event.objects.update_or_create(demo_key=DEMO_KEY, defaults=fields)
    organisers = [
        u
        for u in (_organiser(), User.objects.filter(email="gov.yangpu@duijie.example").first())
        if u
    ]
    event.organisers.add(*organisers)
    return event


def _structure(event: Event) -> dict[str, ParticipantRole]:
    day = event.starts_on
    EventSession.objects.filter(event=event).exclude(name_en__in=[s[1] for s in SESSIONS]).delete()
    for zh, en, start, end, meetings in SESSIONS:
        EventSession.objects.update_or_create(
            event=event,
            name_en=en,
            defaults={
                "name_zh": zh,
                "starts_at": _at(day, *_clock(start)),
                "ends_at": _at(day, *_clock(end)),
                "has_meetings": meetings,
            },
        )
    for zh, en, start, end in BREAKS:
        EventBreak.objects.update_or_create(
            event=event,
            name_en=en,
            defaults={
                "name_zh": zh,
                "starts_at": _at(day, *_clock(start)),
                "ends_at": _at(day, *_clock(end)),
            },
        )
    for position in range(TABLES):
        EventTable.objects.update_or_create(
            event=event, label=f"T{position + 1:02d}", defaults={"position": position}
        )
    roles = {}
    for position, (key, zh, en) in enumerate(ROLES):
        roles[key], _ = ParticipantRole.objects.update_or_create(
            event=event, name_en=en, defaults={"name_zh": zh, "position": position}
        )
    return roles


def _role_key(org: Organisation) -> str:
    if org.org_type == "investor":
        return "investor"
    if org.org_type in ("university", "institute"):
        return "expert"
    return "singapore" if org.country == "SG" else "local"


DIGITAL_SECTORS = ("digital_ai", "fintech", "smart_city")


def _demo_organisations() -> list[Organisation]:
    """Sample organisations with people, digital ones first, alternating Singapore/China."""
    orgs = Organisation.objects.filter(is_sample=True, memberships__isnull=False).distinct()
    digital = set(orgs.filter(sectors__code__in=DIGITAL_SECTORS).values_list("pk", flat=True))
    ordered = sorted(orgs.order_by("demo_key"), key=lambda o: o.pk not in digital)
    singapore = [o for o in ordered if o.country == "SG"]
    others = [o for o in ordered if o.country != "SG"]
    mixed = [org for pair in zip(singapore, others, strict=False) for org in pair]
    rest = singapore[len(others) :] + others[len(singapore) :]
    return (mixed + rest)[:MAX_PARTICIPANTS]


def _participants(event: Event, roles: dict) -> list[Participant]:
    sessions = list(event.sessions.filter(has_meetings=True))
    people = []
    for org in _demo_organisations():
        membership = (
            Membership.objects.filter(organisation=org)
            .order_by("role", "user__email")
            .select_related("user")
            .first()
        )
        participant, _ = Participant.objects.update_or_create(
            event=event,
            user=membership.user,
            defaults={
                "organisation": org,
                "role": roles[_role_key(org)],
                "status": "approved",
                "offer": _first_listing_title(org, offer=True),
                "seek": _first_listing_title(org, offer=False),
                "content_locale": org.content_locale,
            },
        )
        participant.listings.set(org.listings.filter(status="published").order_by("pk")[:2])
        # Every fifth participant leaves after the morning, as happens at real events.
        attended = sessions[:1] if len(people) % 5 == 4 else sessions
        participant.sessions.set(attended)
        people.append(participant)
    return people


def _first_listing_title(org: Organisation, *, offer: bool) -> str:
    kinds = ["tech_offer", "business_offer"]
    listings = org.listings.filter(status="published").order_by("pk")
    listings = listings.filter(kind__in=kinds) if offer else listings.exclude(kind__in=kinds)
    listing = listings.first()
    return listing.title if listing else ""


def _requests(event: Event, people: list[Participant]) -> int:
    singapore = [p for p in people if p.organisation.country == "SG"]
    others = [p for p in people if p.organisation.country != "SG"]
    count = 0
    for i, sender in enumerate(singapore):
        for k in range(3):
            if not others:
                break
            receiver = others[(i * 7 + k * 5) % len(others)]
            status = "pending" if (i + k) % 9 == 8 else "accepted"
            MeetingRequest.objects.update_or_create(
                sender=sender,
                receiver=receiver,
                defaults={
                    "event": event,
                    "status": status,
                    "note": "期待交流合作机会。 Looking forward to exploring cooperation.",
                    "content_locale": "zh-hans",
                },
            )
            level = "must" if (i + k) % 4 == 0 else "happy"
            Preference.objects.update_or_create(
                participant=sender, counterpart=receiver, defaults={"level": level}
            )
            count += 1
    return count


def _schedule(event: Event) -> int:
    ScheduleRun.objects.filter(event=event).delete()
    built = build_instance(event)
    schedule = core.solve(built.instance, core.SolveOptions(time_limit=20))
    run = ScheduleRun.objects.create(
        event=event, requested_by=_organiser(), source=MeetingSource.SCHEDULER
    )
    store_schedule(run, built, schedule, seconds=float(schedule.stats.get("seconds", 0.0)))
    return len(schedule.meetings)


def load_demo(*, today: datetime.date) -> dict[str, int]:
    """Create or refresh the demo matchmaking session and its computed schedule."""
    with transaction.atomic():
        # The schedule is recomputed below; clearing it first lets the day move with `today`.
        Meeting.objects.filter(event__demo_key=DEMO_KEY).delete()
        event = _event(today)
        roles = _structure(event)
        rebuild_slots(event)
        people = _participants(event, roles)
        event.participants.exclude(pk__in=[p.pk for p in people]).delete()
        requests = _requests(event, people)
        meetings = _schedule(event)
    return {"events": 1, "participants": len(people), "requests": requests, "meetings": meetings}
