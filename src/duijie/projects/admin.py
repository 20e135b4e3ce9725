from django.contrib import admin

from duijie.common import admin_base
from duijie.projects.models import CarrierSite, InvestmentProject


@admin.register(InvestmentProject)
class InvestmentProjectAdmin(admin_base.ModelAdmin):
    list_display = ["name_zh", "name_en", "investor", "stage", "responsible_unit"]
    list_filter = ["stage", "responsible_unit", "space_type"]
    search_fields = ["name_zh", "name_en"]
    readonly_fields = ["stage", "stage_changed_at", "dropped_reason"]


@admin.register(CarrierSite)
class CarrierSiteAdmin(admin_base.ModelAdmin):
    list_display = ["name_zh", "name_en", "kind", "district", "available_area_m2", "is_available"]
    list_filter = ["kind", "district", "is_available"]
    search_fields = ["name_zh", "name_en"]
