"""The data migrations' copy into the activity log: complete the twin audit entry, else add one."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone

from duijie.common.audit import record_event, state_history
from duijie.common.history_copy import copy_into_log
from duijie.common.models import AuditEvent
from tests.factories import ListingFactory, UserFactory

pytestmark = pytest.mark.django_db


def row(listing, verb, *, at, actor=None, before="", after="draft", reason=""):
    return {
        "target_type": "listings.listing",
        "target_id": listing.pk,
        "verb": verb,
        "actor_id": actor.pk if actor else None,
        "from_state": before,
        "to_state": after,
        "reason": reason,
        "data": {},
        "created_at": at,
    }


def test_a_row_completes_the_audit_entry_its_change_wrote():
    listing, actor = ListingFactory(), UserFactory()
    twin = record_event(listing, "listing.returned", actor=actor)
    AuditEvent.objects.filter(pk=twin.pk).update(data={"reason": "old place"})
    at = AuditEvent.objects.get(pk=twin.pk).created_at + datetime.timedelta(seconds=1)
    rows = [
        row(
            listing,
            "listing.returned",
            at=at,
            before="submitted",
            after="returned",
            reason="Add the TRL evidence",
        )
    ]
    assert copy_into_log(AuditEvent, rows) == 0
    [entry] = AuditEvent.objects.all()
    assert (entry.pk, entry.from_state, entry.to_state, entry.reason, entry.actor) == (
        twin.pk,
        "submitted",
        "returned",
        "Add the TRL evidence",
        actor,
    )
    assert entry.data == {}


def test_a_row_without_a_twin_becomes_a_new_entry_at_its_own_moment():
    listing, actor = ListingFactory(), UserFactory()
    long_ago = timezone.now() - datetime.timedelta(days=400)
    record_event(listing, "listing.returned", actor=actor)  # a later, different change
    rows = [
        row(listing, "listing.created", at=long_ago, actor=actor),
        row(
            listing,
            "listing.submitted",
            at=long_ago + datetime.timedelta(hours=1),
            actor=actor,
            before="draft",
            after="submitted",
        ),
    ]
    assert copy_into_log(AuditEvent, rows) == 2
    history = list(state_history(listing))
    assert [(e.verb, e.from_state, e.to_state, e.actor) for e in history] == [
        ("listing.created", "", "draft", actor),
        ("listing.submitted", "draft", "submitted", actor),
    ]
    assert history[0].created_at == long_ago
    assert AuditEvent.objects.count() == 3


def test_an_entry_already_completed_is_not_taken_twice():
    listing = ListingFactory()
    now = timezone.now()
    rows = [row(listing, "listing.submitted", at=now, before="draft", after="submitted")] * 2
    assert copy_into_log(AuditEvent, rows) == 2
    assert state_history(listing).count() == 2
