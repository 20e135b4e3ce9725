"""The services data migration copies each request history entry into the activity log."""

from __future__ import annotations

import datetime
import importlib
from types import SimpleNamespace

import pytest
from django.utils import timezone

from duijie.common.models import AuditEvent
from duijie.services.domain import handling
from duijie.services.domain.history import request_history

pytestmark = pytest.mark.django_db

migration = importlib.import_module("duijie.services.migrations.0003_history_into_activity_log")


class OldRows:
    """Stands in for the dropped RequestEvent table, as the migration reads it."""

    def __init__(self, rows):
        self.objects = SimpleNamespace(order_by=lambda *_: SimpleNamespace(iterator=lambda: rows))


def request_entries(item):
    return AuditEvent.objects.filter(target_type="services.consultingrequest", target_id=item.pk)


def test_forwards_copies_steps_with_departments_assignee_and_reason(desk, submit):
    item = submit()
    request_entries(item).delete()  # as if written before the activity log held history
    start = timezone.now() - datetime.timedelta(days=20)
    rows = [
        SimpleNamespace(
            request_id=item.pk,
            kind="submitted",
            actor_id=desk.requester.pk,
            from_status="",
            to_status="submitted",
            from_department_id=None,
            to_department_id=desk.commerce.pk,
            assignee_id=None,
            reason="",
            created_at=start,
        ),
        SimpleNamespace(
            request_id=item.pk,
            kind="transferred",
            actor_id=desk.clerk.pk,
            from_status="submitted",
            to_status="submitted",
            from_department_id=desk.commerce.pk,
            to_department_id=desk.invest.pk,
            assignee_id=desk.clerk.pk,
            reason="Land use",
            created_at=start + datetime.timedelta(days=1),
        ),
        SimpleNamespace(
            request_id=item.pk,
            kind="reminded",
            actor_id=None,
            from_status="submitted",
            to_status="submitted",
            from_department_id=None,
            to_department_id=desk.invest.pk,
            assignee_id=None,
            reason="",
            created_at=start + datetime.timedelta(days=2),
        ),
    ]
    models = {("services", "RequestEvent"): OldRows(rows), ("common", "AuditEvent"): AuditEvent}
    apps = SimpleNamespace(get_model=lambda app, name: models[(app, name)])

    migration.forwards(apps, schema_editor=None)

    steps = request_history(item, internal=True)
    assert [(s.kind, s.actor, s.created_at) for s in steps] == [
        ("submitted", desk.requester, start),
        ("transferred", desk.clerk, start + datetime.timedelta(days=1)),
        ("reminded", None, start + datetime.timedelta(days=2)),
    ]
    moved = steps[1]
    assert (moved.from_department, moved.to_department, moved.assignee, moved.reason) == (
        desk.commerce,
        desk.invest,
        desk.clerk,
        "Land use",
    )
    assert [s.kind for s in request_history(item, internal=False)] == ["submitted", "transferred"]


def test_a_step_writes_exactly_one_row_of_history(desk, submit):
    item = submit()
    before = request_entries(item).count()
    handling.transfer_request(item, actor=desk.clerk, department=desk.invest, reason="Land use")
    assert request_entries(item).count() == before + 1
