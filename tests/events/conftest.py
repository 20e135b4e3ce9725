"""Fixtures of the events tests: a small published event with an organiser and participants."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from duijie.events.models import Event, Participant
from tests.events.factories import EventFactory, ParticipantFactory, add_session, add_tables
from tests.factories import UserFactory


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    """Argon2 is slow on purpose; these tests create many users and never log in by password."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@dataclass
class World:
    event: Event
    organiser: object
    alice: Participant  # Singapore company
    bob: Participant  # Shanghai company
    carol: Participant  # Shanghai company


@pytest.fixture
def world(db) -> World:
    organiser = UserFactory(full_name="Organiser One")
    event = EventFactory(organisers=[organiser])
    add_session(event, start=(9, 0), end=(10, 30))  # three 30-minute slots
    add_tables(event, 2)
    alice = ParticipantFactory(event=event, user=UserFactory(full_name="Alice Tan"))
    bob = ParticipantFactory(event=event, user=UserFactory(full_name="王博", language="zh-hans"))
    bob.organisation.country = "CN"
    bob.organisation.save()
    carol = ParticipantFactory(event=event, user=UserFactory(full_name="陈卡罗"))
    return World(event, organiser, alice, bob, carol)


@pytest.fixture
def other_event(db):
    """A second event with its own organiser, to check organisers stay within their event."""
    organiser = UserFactory(full_name="Other Organiser")
    event = EventFactory(organisers=[organiser])
    add_session(event)
    add_tables(event, 1)
    return event, organiser
