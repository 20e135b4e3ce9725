"""The projects data migration copies every stage change into the activity log."""

from __future__ import annotations

import datetime
import importlib
from types import SimpleNamespace

import pytest
from django.utils import timezone

from duijie.common.audit import record_event, state_history
from duijie.common.models import AuditEvent
from tests.factories import UserFactory
from tests.projects.factories import ProjectFactory

pytestmark = pytest.mark.django_db

migration = importlib.import_module("duijie.projects.migrations.0002_history_into_activity_log")


class OldRows:
    """Stands in for the dropped StageChange table, as the migration reads it."""

    def __init__(self, rows):
        self.objects = SimpleNamespace(order_by=lambda *_: SimpleNamespace(iterator=lambda: rows))


def test_forwards_copies_stage_changes_and_completes_the_audit_entries_of_the_same_change():
    project, actor = ProjectFactory(), UserFactory()
    start = timezone.now() - datetime.timedelta(days=90)
    twin = record_event(project, "project.dropped", actor=actor)
    dropped_at = AuditEvent.objects.get(pk=twin.pk).created_at
    rows = [
        SimpleNamespace(
            project_id=project.pk,
            from_stage="",
            to_stage="lead",
            actor_id=actor.pk,
            note="",
            created_at=start,
        ),
        SimpleNamespace(
            project_id=project.pk,
            from_stage="lead",
            to_stage="dropped",
            actor_id=actor.pk,
            note="Chose Penang",
            created_at=dropped_at,
        ),
    ]
    models = {("projects", "StageChange"): OldRows(rows), ("common", "AuditEvent"): AuditEvent}
    apps = SimpleNamespace(get_model=lambda app, name: models[(app, name)])

    migration.forwards(apps, schema_editor=None)

    assert [
        (e.verb, e.from_state, e.to_state, e.reason, e.actor) for e in state_history(project)
    ] == [
        ("project.created", "", "lead", "", actor),
        ("project.dropped", "lead", "dropped", "Chose Penang", actor),
    ]
    assert AuditEvent.objects.count() == 2  # the dropped entry was completed, not repeated
