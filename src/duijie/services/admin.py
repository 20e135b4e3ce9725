from django.contrib import admin

from duijie.common import admin_base
from duijie.services.domain.routing import set_routing_rule
from duijie.services.models import (
    CalendarDay,
    ConsultingRequest,
    DepartmentLead,
    RequestAttachment,
    RequestCategory,
    RoutingRule,
    SatisfactionRating,
)


@admin.register(RequestCategory)
class RequestCategoryAdmin(admin_base.ModelAdmin):
    list_display = ["code", "name_zh", "name_en", "position", "is_active"]
    list_editable = ["position", "is_active"]


@admin.register(RoutingRule)
class RoutingRuleAdmin(admin_base.ModelAdmin):
    list_display = ["category", "department", "response_working_days", "reminder_working_days"]
    list_select_related = ["category", "department"]
    autocomplete_fields = ["department"]

    # Routing decides who reads companies' questions: administrators only, as on the page.
    def has_add_permission(self, request):
        return request.user.is_superuser

    def has_change_permission(self, request, obj=None):
        return request.user.is_superuser

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser

    def save_model(self, request, obj, form, change):
        # Through the domain function, so the change is checked and audited like on the page.
        set_routing_rule(
            obj.category,
            actor=request.user,
            department=obj.department,
            response_working_days=obj.response_working_days,
            reminder_working_days=obj.reminder_working_days,
        )


@admin.register(DepartmentLead)
class DepartmentLeadAdmin(admin_base.ModelAdmin):
    list_display = ["department", "user"]
    list_select_related = ["department", "user"]
    autocomplete_fields = ["department", "user"]


@admin.register(CalendarDay)
class CalendarDayAdmin(admin_base.ModelAdmin):
    list_display = ["date", "kind", "name_zh", "name_en"]
    list_filter = ["kind"]
    date_hierarchy = "date"


class AttachmentInline(admin_base.TabularInline):
    model = RequestAttachment
    extra = 0
    can_delete = False
    fields = ["original_name", "content_type", "size", "uploaded_by", "created_at"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(ConsultingRequest)
class ConsultingRequestAdmin(admin_base.ModelAdmin):
    """Read-only: requests change only through the service pages, so history stays complete."""

    list_display = ["subject", "category", "department", "status", "due_on", "created_at"]
    list_filter = ["status", "category", "department", "is_sample"]
    search_fields = ["subject", "description"]
    inlines = [AttachmentInline]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(SatisfactionRating)
class SatisfactionRatingAdmin(admin_base.ModelAdmin):
    list_display = ["request", "score", "created_at"]
    list_filter = ["score"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
