"""The listings data migration copies every status change into the activity log."""

from __future__ import annotations

import datetime
import importlib
from types import SimpleNamespace

import pytest
from django.utils import timezone, translation

from duijie.common.audit import state_history
from duijie.common.models import AuditEvent
from tests.factories import ListingFactory, UserFactory

pytestmark = pytest.mark.django_db

migration = importlib.import_module("duijie.listings.migrations.0004_history_into_activity_log")


class OldRows:
    """Stands in for the dropped ListingStatusChange table, as the migration reads it."""

    def __init__(self, rows):
        self.objects = SimpleNamespace(order_by=lambda *_: SimpleNamespace(iterator=lambda: rows))


def test_forwards_copies_each_status_change_with_its_moment_actor_and_reason():
    listing, member, staff = ListingFactory(), UserFactory(), UserFactory()
    start = timezone.now() - datetime.timedelta(days=30)
    rows = [
        SimpleNamespace(
            listing_id=listing.pk,
            from_status="",
            to_status="draft",
            actor_id=member.pk,
            reason="",
            created_at=start,
        ),
        SimpleNamespace(
            listing_id=listing.pk,
            from_status="draft",
            to_status="submitted",
            actor_id=member.pk,
            reason="",
            created_at=start + datetime.timedelta(1),
        ),
        SimpleNamespace(
            listing_id=listing.pk,
            from_status="submitted",
            to_status="returned",
            actor_id=staff.pk,
            reason="Add the TRL evidence",
            created_at=start + datetime.timedelta(2),
        ),
    ]
    models = {
        ("listings", "ListingStatusChange"): OldRows(rows),
        ("common", "AuditEvent"): AuditEvent,
    }
    apps = SimpleNamespace(get_model=lambda app, name: models[(app, name)])

    migration.forwards(apps, schema_editor=None)

    history = [
        (e.verb, e.from_state, e.to_state, e.actor, e.reason, e.created_at)
        for e in state_history(listing)
    ]
    assert history == [
        ("listing.created", "", "draft", member, "", start),
        ("listing.submitted", "draft", "submitted", member, "", start + datetime.timedelta(1)),
        (
            "listing.returned",
            "submitted",
            "returned",
            staff,
            "Add the TRL evidence",
            start + datetime.timedelta(2),
        ),
    ]
    with translation.override("en"):
        assert [e.to_state_label for e in state_history(listing)][-1] == "Returned for changes"
