"""Work items: creating and editing them, milestones, completion."""

from __future__ import annotations

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from duijie.common.audit import record_event
from duijie.common.errors import DomainError
from duijie.common.permissions import require
from duijie.taskforce.models import Milestone, WorkItem

ITEM_FIELDS = (
    "workstream",
    "title_zh",
    "title_en",
    "description",
    "content_locale",
    "lead_unit",
    "start_date",
    "due_date",
    "reporting_period_days",
)


def _check_item(fields: dict, co_units) -> None:
    if not (fields.get("title_zh") or fields.get("title_en")):
        raise DomainError(_("Give the title in at least one language."), code="title")
    if fields["due_date"] < fields["start_date"]:
        raise DomainError(_("The due date cannot be before the start date."), code="dates")
    if fields["lead_unit"] in list(co_units):
        raise DomainError(_("The lead unit cannot also be a co-handling unit."), code="units")


def create_work_item(*, actor, fields: dict, co_units=(), owners=()) -> WorkItem:
    """Create a work item with its lead unit, co-handling units and owners (coordinators)."""
    require(actor, "taskforce.create_workitem")
    _check_item(fields, co_units)
    with transaction.atomic():
        item = WorkItem.objects.create(
            created_by=actor, **{k: v for k, v in fields.items() if k in ITEM_FIELDS}
        )
        item.co_units.set(co_units)
        item.owners.set(owners)
        record_event(item, "workitem.created", actor=actor)
    return item


def update_work_item(item: WorkItem, *, actor, fields: dict, co_units=None, owners=None):
    """Change a work item (coordinators and the lead unit)."""
    require(actor, "taskforce.change_workitem", item)
    current = {name: getattr(item, name) for name in ITEM_FIELDS}
    merged = {**current, **{k: v for k, v in fields.items() if k in ITEM_FIELDS}}
    _check_item(merged, item.co_units.all() if co_units is None else co_units)
    with transaction.atomic():
        for name, value in merged.items():
            setattr(item, name, value)
        item.save()
        if co_units is not None:
            item.co_units.set(co_units)
        if owners is not None:
            item.owners.set(owners)
        record_event(item, "workitem.edited", actor=actor, fields=sorted(fields))
    return item


def add_milestone(
    item: WorkItem, *, actor, title_zh: str, title_en: str, due_date: datetime.date
) -> Milestone:
    """Add a milestone to a work item (coordinators and the lead unit)."""
    require(actor, "taskforce.change_workitem", item)
    if not (title_zh.strip() or title_en.strip()):
        raise DomainError(_("Give the title in at least one language."), code="title")
    with transaction.atomic():
        milestone = item.milestones.create(
            title_zh=title_zh.strip(), title_en=title_en.strip(), due_date=due_date
        )
        record_event(item, "workitem.milestone_added", actor=actor, milestone=milestone.pk)
    return milestone


def complete_milestone(milestone: Milestone, *, actor, on: datetime.date | None = None):
    """Mark a milestone done (coordinators and the lead unit)."""
    require(actor, "taskforce.change_workitem", milestone.work_item)
    if milestone.done_on is not None:
        raise DomainError(_("This milestone is already done."), code="done")
    with transaction.atomic():
        milestone.done_on = on or timezone.localdate()
        milestone.save(update_fields=["done_on"])
        record_event(milestone.work_item, "workitem.milestone_done", actor=actor, pk=milestone.pk)
    return milestone


def complete_work_item(item: WorkItem, *, actor, on: datetime.date | None = None) -> WorkItem:
    """Mark a work item done (coordinators and the lead unit)."""
    require(actor, "taskforce.change_workitem", item)
    if item.done_on is not None:
        raise DomainError(_("This work item is already done."), code="done")
    with transaction.atomic():
        item.done_on = on or timezone.localdate()
        item.save(update_fields=["done_on", "updated_at"])
        record_event(item, "workitem.completed", actor=actor, on=item.done_on.isoformat())
    return item


def reopen_work_item(item: WorkItem, *, actor) -> WorkItem:
    """Take back a completion made by mistake (coordinators and the lead unit)."""
    require(actor, "taskforce.change_workitem", item)
    if item.done_on is None:
        raise DomainError(_("This work item is not done."), code="not_done")
    with transaction.atomic():
        item.done_on = None
        item.save(update_fields=["done_on", "updated_at"])
        record_event(item, "workitem.reopened", actor=actor)
    return item
