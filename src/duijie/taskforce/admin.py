from django.contrib import admin

from duijie.common import admin_base
from duijie.taskforce.models import (
    HandlingStep,
    Milestone,
    ProgressReport,
    Proposal,
    Reply,
    WorkItem,
    Workstream,
)


@admin.register(Workstream)
class WorkstreamAdmin(admin_base.ModelAdmin):
    list_display = ["code", "name_zh", "name_en", "position"]


class MilestoneInline(admin_base.TabularInline):
    model = Milestone
    extra = 0


@admin.register(WorkItem)
class WorkItemAdmin(admin_base.ModelAdmin):
    list_display = ["title_zh", "title_en", "workstream", "lead_unit", "due_date", "done_on"]
    list_filter = ["workstream", "lead_unit"]
    search_fields = ["title_zh", "title_en"]
    filter_horizontal = ["co_units", "owners"]
    inlines = [MilestoneInline]


@admin.register(ProgressReport)
class ProgressReportAdmin(admin_base.ModelAdmin):
    list_display = ["work_item", "unit", "reported_on", "assessment"]
    list_filter = ["unit", "assessment"]


class HandlingStepInline(admin_base.TabularInline):
    model = HandlingStep
    extra = 0


@admin.register(Proposal)
class ProposalAdmin(admin_base.ModelAdmin):
    list_display = ["session", "number", "subject", "lead_unit", "status"]
    list_filter = ["kind", "session", "status"]
    search_fields = ["subject", "number"]
    filter_horizontal = ["co_units"]
    inlines = [HandlingStepInline]


@admin.register(Reply)
class ReplyAdmin(admin_base.ModelAdmin):
    """Read-only: replies are drafted and issued on the task-force pages, never edited here."""

    list_display = ["document_number", "proposal", "version", "status", "disclosure"]
    list_filter = ["status", "disclosure", "handling_result"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
