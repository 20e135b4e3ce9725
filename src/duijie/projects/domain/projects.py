"""Investment projects: recording, editing and moving them along the stage pipeline."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from duijie.common.audit import record_event
from duijie.common.errors import DomainError
from duijie.common.permissions import require
from duijie.projects.core.stages import TransitionError, check_transition
from duijie.projects.models import InvestmentProject, Stage
from duijie.taskforce.domain.access import is_coordinator

PROJECT_FIELDS = (
    "name_zh",
    "name_en",
    "investor",
    "description",
    "content_locale",
    "investment_amount",
    "currency",
    "jobs",
    "space_area_m2",
    "space_type",
    "rent_budget",
    "responsible_unit",
    "owner",
)
TRANSITION_ERRORS = {
    "same": _("The project is already at this stage."),
    "skip": _("Move the project one stage at a time."),
    "backward": _("A project cannot move back to an earlier stage; drop it or continue."),
    "final": _("An operating project has completed the pipeline."),
    "reopen": _("A dropped project can only be reopened as a lead."),
    "reason": _("Give the reason for dropping the project."),
    "unknown": _("Unknown stage."),
}


def _check(actor, fields: dict) -> None:
    if not (fields.get("name_zh") or fields.get("name_en")):
        raise DomainError(_("Give the name in at least one language."), code="name")
    unit = fields.get("responsible_unit")
    if not is_coordinator(actor) and getattr(unit, "pk", None) != actor.department_id:
        raise DomainError(
            _("You can only record projects for your own unit."), code="responsible_unit"
        )


def create_project(*, actor, fields: dict, sectors=()) -> InvestmentProject:
    """Record a new project as a lead of the actor's unit (coordinators: of any unit)."""
    require(actor, "projects.create_project")
    data = {k: v for k, v in fields.items() if k in PROJECT_FIELDS}
    _check(actor, data)
    with transaction.atomic():
        project = InvestmentProject.objects.create(
            created_by=actor, stage=Stage.LEAD, stage_changed_at=timezone.now(), **data
        )
        project.sectors.set(sectors)
        record_event(project, "project.created", actor=actor, to_state=Stage.LEAD)
    return project


def update_project(project: InvestmentProject, *, actor, fields: dict, sectors=None):
    """Change a project's particulars (not its stage: see move_project)."""
    require(actor, "projects.change_project", project)
    data = {name: getattr(project, name) for name in PROJECT_FIELDS}
    data.update({k: v for k, v in fields.items() if k in PROJECT_FIELDS})
    _check(actor, data)
    with transaction.atomic():
        for name, value in data.items():
            setattr(project, name, value)
        project.save()
        if sectors is not None:
            project.sectors.set(sectors)
        record_event(project, "project.edited", actor=actor, fields=sorted(fields))
    return project


def move_project(project: InvestmentProject, *, actor, to: str, note: str = ""):
    """Move a project to its next stage, drop it (with a reason) or reopen it, with history."""
    require(actor, "projects.change_project", project)
    with transaction.atomic():
        locked = InvestmentProject.objects.select_for_update().get(pk=project.pk)
        try:
            target = check_transition(locked.stage, to, reason=note)
        except TransitionError as error:
            raise DomainError(TRANSITION_ERRORS[error.code], code=error.code) from error
        before = locked.stage
        locked.stage, locked.stage_changed_at = target, timezone.now()
        locked.dropped_reason = note.strip() if target == Stage.DROPPED else ""
        locked.save(update_fields=["stage", "stage_changed_at", "dropped_reason", "updated_at"])
        record_event(
            locked,
            f"project.{target}",
            actor=actor,
            from_state=before,
            to_state=target,
            reason=note.strip(),
        )
    project.refresh_from_db()
    return project
