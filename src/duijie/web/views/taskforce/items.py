from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from duijie.common import phrases
from duijie.common.exports import xlsx_response
from duijie.directory.models import Department
from duijie.taskforce.domain import progress, workitems
from duijie.taskforce.domain.access import is_coordinator, unit_of, visible_work_items
from duijie.taskforce.domain.boards import (
    WorkItemFilters,
    board_columns,
    filter_work_items,
    overdue_report_count,
    reports_due,
    status_counts,
)
from duijie.taskforce.domain.browse import work_item_rows
from duijie.taskforce.domain.status import annotate_status, with_status_data
from duijie.taskforce.interfaces.workitem_forms import (
    MilestoneForm,
    ReportForm,
    WorkItemFilterForm,
    WorkItemForm,
)
from duijie.taskforce.models import Milestone, WorkItem
from duijie.web.views.helpers import paginate, require_perm, run_domain
from duijie.web.views.taskforce.labels import label_items, reason_texts


def visible_item(request, item_id: int) -> WorkItem:
    """A work item the user may see, or 404 (hidden items look like missing ones)."""
    return get_object_or_404(with_status_data(visible_work_items(request.user)), pk=item_id)


def _filters(request) -> tuple[WorkItemFilterForm, WorkItemFilters]:
    form = WorkItemFilterForm(request.GET or None)
    if form.is_valid():
        return form, WorkItemFilters(**form.cleaned_data)
    return form, WorkItemFilters()


@login_required
def board(request):
    """The whole task force's board for coordinators; everyone else goes to their unit's."""
    if not is_coordinator(request.user):
        unit = unit_of(request.user)
        if unit is None:
            raise PermissionDenied
        return redirect("web:taskforce_unit_board", code=unit.code)
    items = label_items(annotate_status(with_status_data(WorkItem.objects.all())))
    context = {
        "columns": board_columns(items),
        "counts": status_counts(items),
        "overdue_reports": overdue_report_count(items),
        "units": Department.objects.filter(led_work_items__isnull=False).distinct(),
    }
    return render(request, "web/taskforce/board.html", context)


@login_required
def unit_board(request, code: str):
    unit = get_object_or_404(Department, code=code)
    require_perm(request, "taskforce.view_unit_board", unit)
    filters = WorkItemFilters(unit=unit.code)
    items = label_items(filter_work_items(request.user, filters))
    context = {
        "unit": unit,
        "columns": board_columns(items),
        "counts": status_counts(items),
        "overdue_reports": overdue_report_count(items),
        "reports_due": reports_due(items, unit),
        "today": timezone.localdate(),
    }
    return render(request, "web/taskforce/unit_board.html", context)


@login_required
def item_list(request):
    require_perm(request, "taskforce.use_taskforce")
    form, filters = _filters(request)
    items = label_items(filter_work_items(request.user, filters))
    context = {"form": form, "page": paginate(request, items), "query": request.GET.urlencode()}
    return render(request, "web/taskforce/item_list.html", context)


@login_required
def item_export(request):
    require_perm(request, "taskforce.use_taskforce")
    _form, filters = _filters(request)
    headers, rows = work_item_rows(filter_work_items(request.user, filters))
    stamp = timezone.localdate().isoformat()
    return xlsx_response(f"work-items-{stamp}", headers, rows, title=_("Work items"))


@login_required
def item_create(request):
    require_perm(request, "taskforce.create_workitem")
    form = WorkItemForm(request.POST or None, initial={"content_locale": request.LANGUAGE_CODE})
    if request.method == "POST" and form.is_valid():
        item = run_domain(
            request,
            workitems.create_work_item,
            actor=request.user,
            fields=form.domain_fields(),
            co_units=form.cleaned_data["co_units"],
            owners=form.cleaned_data["owners"],
            success=_("Work item created."),
        )
        if item is not None:
            return redirect("web:taskforce_item_detail", item_id=item.pk)
    return render(request, "web/taskforce/item_form.html", {"form": form})


@login_required
def item_edit(request, item_id: int):
    item = visible_item(request, item_id)
    require_perm(request, "taskforce.change_workitem", item)
    form = WorkItemForm(request.POST or None, instance=item)
    if request.method == "POST" and form.is_valid():
        done = run_domain(
            request,
            workitems.update_work_item,
            WorkItem.objects.get(pk=item.pk),  # the form changed `item` in place while cleaning
            actor=request.user,
            fields=form.domain_fields(),
            co_units=form.cleaned_data["co_units"],
            owners=form.cleaned_data["owners"],
            success=phrases.CHANGES_SAVED,
        )
        if done is not None:
            return redirect("web:taskforce_item_detail", item_id=item.pk)
    return render(request, "web/taskforce/item_form.html", {"form": form, "item": item})


@login_required
def item_detail(request, item_id: int):
    item = visible_item(request, item_id)
    return render(request, "web/taskforce/item_detail.html", _detail_context(request, item))


def _detail_context(request, item: WorkItem, **forms) -> dict:
    (item,) = label_items(annotate_status([item]))
    user = request.user
    can_report = user.has_perm("taskforce.report_progress", item) and unit_of(user) is not None
    return {
        "item": item,
        "reasons": reason_texts(item.state, item),
        "reports": item.reports.select_related("unit", "author"),
        "escalations": item.escalations.prefetch_related("recipients"),
        "reminders": item.report_reminders.select_related("unit").prefetch_related("recipients"),
        "can_change": user.has_perm("taskforce.change_workitem", item),
        "report_form": forms.get("report_form") or (ReportForm(
            initial={"content_locale": request.LANGUAGE_CODE}
        ) if can_report else None),
        "milestone_form": forms.get("milestone_form") or MilestoneForm(),
        "today": timezone.localdate(),
    }  # fmt: skip


@login_required
@require_POST
def report_add(request, item_id: int):
    item = visible_item(request, item_id)
    require_perm(request, "taskforce.report_progress", item)
    form = ReportForm(request.POST)
    if form.is_valid():
        done = run_domain(
            request,
            progress.submit_report,
            item,
            actor=request.user,
            success=_("Report recorded."),
            **form.cleaned_data,
        )
        if done is not None:
            return redirect("web:taskforce_item_detail", item_id=item.pk)
    context = _detail_context(request, item, report_form=form)
    return render(request, "web/taskforce/item_detail.html", context, status=400)


@login_required
@require_POST
def milestone_add(request, item_id: int):
    item = visible_item(request, item_id)
    require_perm(request, "taskforce.change_workitem", item)
    form = MilestoneForm(request.POST)
    if form.is_valid():
        success = _("Milestone added.")
        if run_domain(
            request, workitems.add_milestone, item, actor=request.user, success=success,
            **form.cleaned_data,
        ) is not None:  # fmt: skip
            return redirect("web:taskforce_item_detail", item_id=item.pk)
    context = _detail_context(request, item, milestone_form=form)
    return render(request, "web/taskforce/item_detail.html", context, status=400)


@login_required
@require_POST
def milestone_done(request, milestone_id: int):
    milestone = get_object_or_404(
        Milestone.objects.filter(work_item__in=visible_work_items(request.user)), pk=milestone_id
    )
    require_perm(request, "taskforce.change_workitem", milestone.work_item)
    success = _("Milestone marked as done.")
    run_domain(
        request, workitems.complete_milestone, milestone, actor=request.user, success=success
    )
    return redirect("web:taskforce_item_detail", item_id=milestone.work_item_id)


@login_required
@require_POST
def item_complete(request, item_id: int):
    item = visible_item(request, item_id)
    require_perm(request, "taskforce.change_workitem", item)
    success = _("Work item marked as done.")
    run_domain(request, workitems.complete_work_item, item, actor=request.user, success=success)
    return redirect("web:taskforce_item_detail", item_id=item.pk)


@login_required
@require_POST
def item_reopen(request, item_id: int):
    item = visible_item(request, item_id)
    require_perm(request, "taskforce.change_workitem", item)
    success = _("Reopened: the status is computed again from dates and reports.")
    run_domain(request, workitems.reopen_work_item, item, actor=request.user, success=success)
    return redirect("web:taskforce_item_detail", item_id=item.pk)
