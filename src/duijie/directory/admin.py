from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _

from duijie.common import admin_base
from duijie.directory.models import Department, Membership, Organisation, Sector, User


@admin.register(User)
class UserAdmin(admin_base.ModelPermissionsMixin, BaseUserAdmin):
    ordering = ["email"]
    list_display = ["email", "full_name", "department", "is_broker", "is_staff", "language"]
    list_filter = ["is_staff", "is_superuser", "is_broker", "department", "language"]
    search_fields = ["email", "full_name"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        (_("Personal info"), {"fields": ["full_name", "phone", "language"]}),
        (_("Roles"), {"fields": ["department", "is_broker", "is_staff", "is_superuser"]}),
        (_("Permissions"), {"fields": ["is_active", "groups", "user_permissions"]}),
        (_("Important dates"), {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [
        (None, {"classes": ["wide"], "fields": ["email", "full_name", "password1", "password2"]})
    ]


class MembershipInline(admin_base.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["user"]


@admin.register(Organisation)
class OrganisationAdmin(admin_base.ModelAdmin):
    list_display = ["name_zh", "name_en", "country", "org_type", "verified_at", "is_sample"]
    list_filter = ["country", "org_type", "srdi_level", "regional_hq", "is_sample"]
    search_fields = ["name_zh", "name_en", "uscc", "uen"]
    filter_horizontal = ["sectors"]
    inlines = [MembershipInline]


@admin.register(Sector)
class SectorAdmin(admin_base.ModelAdmin):
    list_display = ["code", "name_zh", "name_en", "position"]


@admin.register(Department)
class DepartmentAdmin(admin_base.ModelAdmin):
    list_display = ["code", "name_zh", "name_en", "parent"]
    search_fields = ["code", "name_zh", "name_en"]
