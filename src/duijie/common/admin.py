from django.contrib import admin

from duijie.common import admin_base
from duijie.common.models import AuditEvent, Notification


@admin.register(AuditEvent)
class AuditEventAdmin(admin_base.ModelAdmin):
    list_display = ["created_at", "actor", "label", "target_type", "target_id", "to_state"]
    list_filter = ["verb", "target_type"]
    readonly_fields = [
        "created_at",
        "actor",
        "verb",
        "target_type",
        "target_id",
        "from_state",
        "to_state",
        "reason",
        "data",
    ]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Notification)
class NotificationAdmin(admin_base.ModelAdmin):
    """Read-only: notifications are written by `common.notify` and read by their recipient."""

    list_display = ["created_at", "recipient", "kind", "delivery", "title", "read_at", "emailed_at"]
    list_filter = ["kind", "delivery"]
    raw_id_fields = ["recipient", "actor"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
