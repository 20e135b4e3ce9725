"""Translated sentences for the codes the pure task-force rules return."""

from __future__ import annotations

from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from duijie.common.core.formatting import join_list
from duijie.directory.models import Department
from duijie.taskforce.core.status import Reason, StatusResult
from duijie.taskforce.models import ItemStatus


def _unit_names(unit_ids) -> str:
    units = Department.objects.filter(pk__in=unit_ids)
    return join_list((unit.name for unit in units), get_language() or "en")


def reason_texts(state: StatusResult, item=None) -> list[str]:
    """Why an item has its status, one sentence per finding."""
    texts = []
    if state.days_overdue:
        texts.append(
            ngettext(
                "%(days)d day past the due date.", "%(days)d days past the due date.",
                state.days_overdue,
            ) % {"days": state.days_overdue}
        )  # fmt: skip
    for finding in state.findings:
        units = _unit_names(finding.units)
        if finding.reason == Reason.MILESTONE_LATE:
            texts.append(_("A milestone is past its due date."))
        elif finding.reason == Reason.REPORTED_AT_RISK:
            texts.append(_("Reported at risk by: %(units)s.") % {"units": units})
        elif finding.reason == Reason.REPORT_MISSING:
            texts.append(
                _("No report within the reporting period from: %(units)s.") % {"units": units}
            )
    return texts


def short_reasons(state: StatusResult) -> list[str]:
    """Short labels of the findings, for cards on a board (no database access)."""
    labels = {
        Reason.MILESTONE_LATE: _("milestone late"),
        Reason.REPORTED_AT_RISK: _("reported at risk"),
        Reason.REPORT_MISSING: _("report missing"),
    }
    return [labels[finding.reason] for finding in state.findings]


def label_items(items: list) -> list:
    """Attach `.status_label` and `.reason_labels` to annotated items for the templates."""
    for item in items:
        item.status_label = ItemStatus(item.state.status.value).label
        item.reason_labels = short_reasons(item.state)
    return items
