from django.contrib import admin

from duijie.common import admin_base
from duijie.common.models import AuditEvent


@admin.register(AuditEvent)
class AuditEventAdmin(admin_base.ModelAdmin):
    list_display = ["created_at", "actor", "verb", "target_type", "target_id"]
    list_filter = ["verb", "target_type"]
    readonly_fields = ["created_at", "actor", "verb", "target_type", "target_id", "data"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
