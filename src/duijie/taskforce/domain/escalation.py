"""Escalating overdue work items (run daily by the periodic task in taskforce/tasks.py).

When and to whom is decided by the pure rule in taskforce/core/escalation.py.
"""

from __future__ import annotations

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from duijie.common.audit import record_event
from duijie.common.models.notifications import NotificationKind
from duijie.common.notify import email_users
from duijie.taskforce.core.escalation import escalation_due
from duijie.taskforce.models import Escalation, WorkItem


def coordinators():
    """Active users holding the coordinator permission, directly or through a group."""
    permission = Permission.objects.filter(
        codename="coordinate_taskforce", content_type__app_label="taskforce"
    ).first()
    if permission is None:
        return get_user_model().objects.none()
    holds = Q(user_permissions=permission) | Q(groups__permissions=permission)
    return get_user_model().objects.filter(holds, is_active=True).distinct()


def escalation_recipients(item: WorkItem, level: int) -> list:
    """Level 1: owners and lead-unit staff; level 2 adds coordinators and the parent unit."""
    users = {user.pk: user for user in item.owners.filter(is_active=True)}
    users.update({user.pk: user for user in item.lead_unit.staff.filter(is_active=True)})
    if level >= 2:
        users.update({user.pk: user for user in coordinators()})
        parent = item.lead_unit.parent
        if parent is not None:
            users.update({user.pk: user for user in parent.staff.filter(is_active=True)})
    return sorted(users.values(), key=lambda user: user.pk)


def escalate_item(item: WorkItem, *, level: int, today: datetime.date) -> Escalation | None:
    """Record one escalation and email its recipients; None if it was already recorded today."""
    recipients = escalation_recipients(item, level)
    try:
        with transaction.atomic():
            escalation = Escalation.objects.create(
                work_item=item,
                escalated_on=today,
                level=level,
                days_overdue=(today - item.due_date).days,
            )
            escalation.recipients.set(recipients)
            record_event(item, "workitem.escalated", level=level, recipients=len(recipients))
    except IntegrityError:  # another worker escalated it today
        return None
    _send(escalation, recipients)
    return escalation


def _send(escalation: Escalation, recipients: list) -> None:
    item = escalation.work_item
    email_users(
        recipients,
        subject_template="taskforce/email/escalation_subject.txt",
        body_template="taskforce/email/escalation_body.txt",
        context={
            "item": item,
            "escalation": escalation,
            "path": reverse("web:taskforce_item_detail", args=[item.pk]),
        },
        kind=NotificationKind.WORK_ITEM,
        url=reverse("web:taskforce_item_detail", args=[item.pk]),
    )


def escalate_overdue_items(*, today: datetime.date | None = None) -> list[Escalation]:
    """Escalate every overdue, unfinished item that is due for escalation today."""
    today = today or timezone.localdate()
    overdue = WorkItem.objects.filter(done_on__isnull=True, due_date__lt=today)
    done = []
    for item in overdue.select_related("lead_unit__parent").order_by("pk"):
        last = item.escalations.order_by("-escalated_on").first()
        level = escalation_due(
            due=item.due_date,
            today=today,
            done=False,
            last_escalated_on=last.escalated_on if last else None,
        )
        if level and (escalation := escalate_item(item, level=level, today=today)):
            done.append(escalation)
    return done
