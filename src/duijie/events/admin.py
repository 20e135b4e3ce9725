"""Django admin for events: for platform administrators' inspection and rare repairs."""

from django.contrib import admin

from duijie.common import admin_base
from duijie.events.models import (
    Event,
    EventBreak,
    EventSession,
    EventTable,
    Meeting,
    MeetingRequest,
    Participant,
    ParticipantRole,
    ScheduleRun,
)


class SessionInline(admin_base.TabularInline):
    model = EventSession
    extra = 0


class BreakInline(admin_base.TabularInline):
    model = EventBreak
    extra = 0


class RoleInline(admin_base.TabularInline):
    model = ParticipantRole
    extra = 0


class TableInline(admin_base.TabularInline):
    model = EventTable
    extra = 0


@admin.register(Event)
class EventAdmin(admin_base.ModelAdmin):
    list_display = ["name_zh", "name_en", "kind", "starts_on", "status"]
    list_filter = ["kind", "status"]
    search_fields = ["name_zh", "name_en"]
    filter_horizontal = ["organisers"]
    inlines = [SessionInline, BreakInline, RoleInline, TableInline]


@admin.register(Participant)
class ParticipantAdmin(admin_base.ModelAdmin):
    list_display = ["user", "organisation", "event", "status", "checked_in_at"]
    list_filter = ["status"]
    search_fields = ["user__full_name", "user__email", "organisation__name_en"]
    raw_id_fields = ["event", "user", "organisation", "listings"]
    # Outcome notes are private to their authors, so they are not shown here either.


@admin.register(MeetingRequest)
class MeetingRequestAdmin(admin_base.ModelAdmin):
    list_display = ["sender", "receiver", "event", "status", "created_at"]
    list_filter = ["status"]
    raw_id_fields = ["event", "sender", "receiver"]


@admin.register(Meeting)
class MeetingAdmin(admin_base.ModelAdmin):
    list_display = ["event", "slot", "table", "a", "b", "locked", "attendance"]
    list_filter = ["attendance", "locked"]
    raw_id_fields = ["event", "slot", "table", "a", "b", "request"]


@admin.register(ScheduleRun)
class ScheduleRunAdmin(admin_base.ModelAdmin):
    list_display = ["event", "created_at", "source", "status", "meetings", "weight", "upper_bound"]
    list_filter = ["status", "source"]
    readonly_fields = [f.name for f in ScheduleRun._meta.fields]
