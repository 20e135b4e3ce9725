"""Progress reports: each participating unit reports on a work item periodically."""

from __future__ import annotations

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from duijie.common.audit import record_event
from duijie.common.errors import DomainError
from duijie.common.i18n import normalise_language
from duijie.common.permissions import require
from duijie.taskforce.models import Assessment, ProgressReport, WorkItem


def submit_report(
    item: WorkItem,
    *,
    actor,
    text: str,
    assessment: str,
    content_locale: str,
    reported_on: datetime.date | None = None,
) -> ProgressReport:
    """Record the actor's unit's progress report on a work item (lead or co-handling unit)."""
    require(actor, "taskforce.report_progress", item)
    today = timezone.localdate()
    reported_on = reported_on or today
    if reported_on > today:
        raise DomainError(_("A report cannot be dated in the future."), code="future")
    if not text.strip():
        raise DomainError(_("Describe the progress made."), code="text")
    if assessment not in Assessment.values:
        raise DomainError(_("Choose an assessment."), code="assessment")
    with transaction.atomic():
        report = ProgressReport.objects.create(
            work_item=item,
            unit=actor.department,
            author=actor,
            reported_on=reported_on,
            assessment=assessment,
            text=text.strip(),
            content_locale=normalise_language(content_locale),
        )
        record_event(item, "workitem.reported", actor=actor, report=report.pk, unit=report.unit_id)
    return report
