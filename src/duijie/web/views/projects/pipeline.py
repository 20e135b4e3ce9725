from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from duijie.common import phrases
from duijie.common.audit import state_history
from duijie.common.exports import xlsx_response
from duijie.directory.models import Department
from duijie.projects.core.stages import PIPELINE, allowed_next
from duijie.projects.domain import projects as project_domain
from duijie.projects.domain.access import visible_projects, visible_sites
from duijie.projects.domain.browse import ProjectFilters, filter_projects, project_rows
from duijie.projects.domain.matching import ranked_sites
from duijie.projects.interfaces.forms import ProjectFilterForm, ProjectForm, StageForm
from duijie.projects.models import InvestmentProject, Stage
from duijie.taskforce.domain.access import is_coordinator
from duijie.web.views.helpers import paginate, require_perm, run_domain
from duijie.web.views.projects.labels import with_explanations
from duijie.web.views.projects.saving import FormPages

PAGES = FormPages(name="project", template="web/projects/form.html", detail="web:projects_detail")


def visible_project(request, project_id: int) -> InvestmentProject:
    """A project the user may see, or 404."""
    queryset = visible_projects(request.user).select_related("investor", "responsible_unit")
    return get_object_or_404(queryset, pk=project_id)


def _filtered(request):
    form = ProjectFilterForm(request.GET or None)
    filters = ProjectFilters(**form.cleaned_data) if form.is_valid() else ProjectFilters()
    return form, filter_projects(request.user, filters)


@login_required
def project_list(request):
    require_perm(request, "projects.list_projects")
    form, projects = _filtered(request)
    context = {
        "form": form,
        "page": paginate(request, projects),
        "query": request.GET.urlencode(),
        "pipeline": _pipeline_counts(projects),
    }
    return render(request, "web/projects/list.html", context)


def _pipeline_counts(projects) -> list[tuple[str, str, int]]:
    """(stage, label, number of listed projects) along the pipeline, then dropped."""
    stages = list(projects.values_list("stage", flat=True))
    return [
        (stage.value, Stage(stage.value).label, stages.count(stage.value))
        for stage in (*PIPELINE, Stage.DROPPED)
    ]


@login_required
def project_export(request):
    require_perm(request, "projects.list_projects")
    _form, projects = _filtered(request)
    headers, rows = project_rows(projects)
    stamp = timezone.localdate().isoformat()
    return xlsx_response(f"investment-projects-{stamp}", headers, rows, title=_("Projects"))


def _unit_choices(user):
    if is_coordinator(user):
        return None
    return Department.objects.filter(pk=user.department_id)


@login_required
def project_create(request):
    require_perm(request, "projects.create_project")
    initial = {"responsible_unit": request.user.department, "content_locale": request.LANGUAGE_CODE}
    form = ProjectForm(request.POST or None, initial=initial, units=_unit_choices(request.user))
    success = _("Project recorded as a lead.")
    return PAGES.save(request, form, project_domain.create_project, success=success)


@login_required
def project_edit(request, project_id: int):
    project = visible_project(request, project_id)
    require_perm(request, "projects.change_project", project)
    units = _unit_choices(request.user)
    form = ProjectForm(request.POST or None, instance=project, units=units)
    success = phrases.CHANGES_SAVED
    return PAGES.save(
        request, form, project_domain.update_project, instance=project, success=success
    )


@login_required
def project_detail(request, project_id: int, stage_form=None):
    project = visible_project(request, project_id)
    can_change = request.user.has_perm("projects.change_project", project)
    allowed = allowed_next(project.stage)
    context = {
        "project": project,
        "history": state_history(project),
        "matches": with_explanations(ranked_sites(project, visible_sites(request.user))),
        "can_change": can_change,
        "stage_form": stage_form
        or (StageForm(allowed=allowed) if can_change and allowed else None),
        "pipeline": _pipeline_states(project.stage),
    }
    return render(request, "web/projects/detail.html", context, status=400 if stage_form else 200)


def _pipeline_states(current: str) -> list[tuple[str, str, str]]:
    """(stage, label, "done" | "current" | "todo") along the pipeline, for the progress bar."""
    reached = PIPELINE.index(current) if current in PIPELINE else -1
    return [
        (stage.value, Stage(stage.value).label, _state(index, reached))
        for index, stage in enumerate(PIPELINE)
    ]


def _state(index: int, reached: int) -> str:
    if index < reached:
        return "done"
    return "current" if index == reached else "todo"


@login_required
@require_POST
def project_stage(request, project_id: int):
    project = visible_project(request, project_id)
    require_perm(request, "projects.change_project", project)
    form = StageForm(request.POST, allowed=allowed_next(project.stage))
    if not form.is_valid():
        return project_detail(request, project_id, stage_form=form)
    run_domain(
        request,
        project_domain.move_project,
        project,
        actor=request.user,
        to=form.cleaned_data["to"],
        note=form.cleaned_data["note"],
        success=_("Stage updated."),
    )
    return redirect("web:projects_detail", project_id=project.pk)
