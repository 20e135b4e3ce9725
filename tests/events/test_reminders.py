"""Pre-event reminders: once per admitted participant, in their language, with agenda links."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command

from duijie.common.models import AuditEvent
from duijie.events.domain import reminders
from duijie.events.domain.reminders import send_event_reminders
from duijie.events.models import Meeting, Participant
from duijie.events.tasks import send_event_reminders_task
from tests.events.factories import EventFactory, ParticipantFactory, add_session, at

pytestmark = pytest.mark.django_db

HOUR = datetime.timedelta(hours=1)


def start_of(world):
    return at(world.event.starts_on, 9, 0)


def recipients():
    return sorted(address for message in mail.outbox for address in message.to)


def approved_emails(world):
    return sorted(p.user.email for p in (world.alice, world.bob, world.carol))


def test_each_admitted_participant_gets_one_reminder_a_day_before(world):
    ParticipantFactory(event=world.event, status="pending")
    ParticipantFactory(event=world.event, status="declined")
    ParticipantFactory(event=world.event, status="withdrawn")
    assert send_event_reminders(now=start_of(world) - 23 * HOUR) == 3
    assert recipients() == approved_emails(world)
    reminded = Participant.objects.exclude(reminded_at=None)
    assert set(reminded) == {world.alice, world.bob, world.carol}
    assert {p.reminded_for for p in reminded} == {start_of(world)}
    assert AuditEvent.objects.filter(verb="participant.reminded").count() == 3


def test_running_twice_sends_each_reminder_once(world):
    now = start_of(world) - 23 * HOUR
    assert send_event_reminders(now=now) == 3
    assert send_event_reminders(now=now + HOUR) == 0
    assert send_event_reminders(now=now + 20 * HOUR) == 0
    assert recipients() == approved_emails(world)


def test_nothing_before_the_window_or_after_the_start(world):
    assert send_event_reminders(now=start_of(world) - 25 * HOUR) == 0
    assert send_event_reminders(now=start_of(world)) == 0
    assert send_event_reminders(now=start_of(world) + HOUR) == 0
    assert mail.outbox == []


def test_cancelled_events_send_no_reminders(world):
    world.event.status = "cancelled"
    world.event.save()
    assert send_event_reminders(now=start_of(world) - 23 * HOUR) == 0
    assert mail.outbox == []


def test_the_lead_time_is_a_deployment_setting(world, settings):
    settings.EVENTS_REMINDER_DAYS = 2
    assert send_event_reminders(now=start_of(world) - 49 * HOUR) == 0
    assert send_event_reminders(now=start_of(world) - 47 * HOUR) == 3
    settings.EVENTS_REMINDER_DAYS = 1  # a changed setting does not remind anyone twice
    assert send_event_reminders(now=start_of(world) - 23 * HOUR) == 0
    assert len(mail.outbox) == 3


def test_the_reminder_is_in_the_participants_language_with_agenda_links(world):
    world.alice.user.language = "en"
    world.alice.user.save()
    world.bob.user.language = "zh-hans"
    world.bob.user.save()
    a, b = sorted((world.alice, world.bob), key=lambda p: p.pk)
    slot, table = world.event.slots.first(), world.event.tables.first()
    Meeting.objects.create(event=world.event, slot=slot, table=table, a=a, b=b, source="import")
    send_event_reminders(now=start_of(world) - 23 * HOUR)
    by_address = {message.to[0]: message for message in mail.outbox}
    starts = world.event.starts_on
    # Each reader's date style: "16 Dec 2026, 09:00" and "2026年12月16日 09:00".
    en_when = f"{starts.day} {starts:%b %Y}, 09:00"
    zh_when = f"{starts.year}年{starts.month}月{starts.day}日 09:00"
    site = f"http://127.0.0.1:8000/events/{world.event.pk}"
    en = by_address[world.alice.user.email]
    assert en.subject == f"Reminder: {world.event.name_en} starts {en_when}"
    assert "Dear Alice Tan," in en.body
    assert f"A reminder: {world.event.name_en} starts on {en_when}." in en.body
    assert f"Venue: {world.event.venue_en}" in en.body
    assert "You have 1 meeting in your agenda." in en.body
    assert f"{site}/agenda/\n" in en.body
    assert f"{site}/agenda/{world.alice.pk}/agenda.ics" in en.body
    zh = by_address[world.bob.user.email]
    assert zh.subject == f"提醒：{world.event.name_zh}将于{zh_when}开始"
    assert "王博，您好：" in zh.body
    assert f"\n地点：{world.event.venue_zh}\n" in zh.body
    assert "您的议程中有1场洽谈。" in zh.body
    assert f"{site}/agenda/{world.bob.pk}/agenda.ics" in zh.body
    carol = by_address[world.carol.user.email]
    assert "No meetings are planned for you yet" in carol.body


def test_a_failed_email_leaves_no_mark_and_is_retried(world, monkeypatch):
    real = reminders.email_user
    failing = world.bob.user.pk

    def flaky(user, **kwargs):
        if user.pk == failing:
            raise ConnectionError("SMTP down")
        return real(user, **kwargs)

    monkeypatch.setattr(reminders, "email_user", flaky)
    now = start_of(world) - 23 * HOUR
    assert send_event_reminders(now=now) == 2
    world.bob.refresh_from_db()
    assert (world.bob.reminded_at, world.bob.reminded_for) == (None, None)
    assert not AuditEvent.objects.filter(verb="participant.reminded", target_id=str(world.bob.pk))
    monkeypatch.setattr(reminders, "email_user", real)
    assert send_event_reminders(now=now + HOUR) == 1
    assert recipients() == approved_emails(world)


def test_a_postponed_event_reminds_again_for_the_new_date(world):
    send_event_reminders(now=start_of(world) - 23 * HOUR)
    session = world.event.sessions.get()
    session.starts_at += datetime.timedelta(days=7)
    session.ends_at += datetime.timedelta(days=7)
    session.save()
    world.event.starts_on = world.event.ends_on = world.event.starts_on + datetime.timedelta(7)
    world.event.save()
    assert send_event_reminders(now=start_of(world) - 23 * HOUR) == 3
    assert send_event_reminders(now=start_of(world) - 22 * HOUR) == 0
    assert len(mail.outbox) == 6


def test_an_event_without_sessions_starts_at_midnight():
    event = EventFactory()
    ParticipantFactory(event=event)
    midnight = at(event.starts_on, 0, 0)
    assert send_event_reminders(now=midnight - 25 * HOUR) == 0
    assert send_event_reminders(now=midnight - 23 * HOUR) == 1


def test_the_first_session_counts_as_the_start(world):
    add_session(world.event, start=(7, 0), end=(8, 0), name="早餐会")
    breakfast = at(world.event.starts_on, 7, 0)
    assert send_event_reminders(now=breakfast - 25 * HOUR) == 0
    assert send_event_reminders(now=breakfast - 23 * HOUR) == 3
    assert "07:00" in mail.outbox[0].subject


def test_the_command_for_cron_is_idempotent(world, capsys):
    moment = (start_of(world) - 23 * HOUR).strftime("%Y-%m-%dT%H:%M")
    call_command("event_reminders", "--at", moment)
    call_command("event_reminders", "--at", moment)
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"{moment.replace('T', ' ')}: 3 reminders sent")
    assert lines[1].startswith(f"{moment.replace('T', ' ')}: 0 reminders sent")
    assert recipients() == approved_emails(world)


def test_the_command_refuses_a_malformed_time(db):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("event_reminders", "--at", "tomorrow")


def test_the_periodic_task_runs_hourly_and_sends(world, monkeypatch):
    periodic = send_event_reminders_task.task_class()
    assert periodic.validate_datetime(datetime.datetime(2026, 1, 1, 8, 10))
    assert periodic.validate_datetime(datetime.datetime(2026, 1, 1, 9, 10))
    assert not periodic.validate_datetime(datetime.datetime(2026, 1, 1, 8, 11))
    monkeypatch.setattr(reminders.timezone, "now", lambda: start_of(world) - 23 * HOUR)
    assert send_event_reminders_task.call_local() == 3
    assert send_event_reminders_task.call_local() == 0
    assert len(mail.outbox) == 3
