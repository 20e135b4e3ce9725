"""The challenges data migration copies every status change into the activity log."""

from __future__ import annotations

import datetime
import importlib
from types import SimpleNamespace

import pytest
from django.utils import timezone

from duijie.common.audit import state_history
from duijie.common.models import AuditEvent
from tests.challenges.factories import ChallengeFactory
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

migration = importlib.import_module("duijie.challenges.migrations.0002_history_into_activity_log")


class OldRows:
    """Stands in for the dropped ChallengeStatusChange table, as the migration reads it."""

    def __init__(self, rows):
        self.objects = SimpleNamespace(order_by=lambda *_: SimpleNamespace(iterator=lambda: rows))


def test_forwards_copies_each_status_change():
    challenge, actor = ChallengeFactory(), UserFactory()
    start = timezone.now() - datetime.timedelta(days=10)
    rows = [
        SimpleNamespace(
            challenge_id=challenge.pk,
            from_status="",
            to_status="draft",
            actor_id=actor.pk,
            reason="",
            created_at=start,
        ),
        SimpleNamespace(
            challenge_id=challenge.pk,
            from_status="draft",
            to_status="submitted",
            actor_id=actor.pk,
            reason="ready",
            created_at=start + datetime.timedelta(1),
        ),
    ]
    models = {
        ("challenges", "ChallengeStatusChange"): OldRows(rows),
        ("common", "AuditEvent"): AuditEvent,
    }
    migration.forwards(SimpleNamespace(get_model=lambda a, n: models[(a, n)]), schema_editor=None)
    assert [
        (e.verb, e.from_state, e.to_state, e.actor, e.reason, e.created_at)
        for e in state_history(challenge)
    ] == [
        ("challenge.created", "", "draft", actor, "", start),
        (
            "challenge.submitted",
            "draft",
            "submitted",
            actor,
            "ready",
            start + datetime.timedelta(1),
        ),
    ]
