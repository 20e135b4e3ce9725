"""Read-mostly admin for moderation; the lifecycle moves only through the domain functions."""

from django.contrib import admin

from duijie.challenges.models import (
    Application,
    Challenge,
    Criterion,
    Expert,
    Milestone,
    NdaAcceptance,
)
from duijie.common import admin_base


class CriterionInline(admin.TabularInline):
    model = Criterion
    extra = 0


@admin.register(Challenge)
class ChallengeAdmin(admin_base.ModelAdmin):
    list_display = ["title", "organisation", "status", "deadline", "blind_review"]
    list_filter = ["status", "confidentiality", "blind_review"]
    search_fields = ["title", "title_other"]
    readonly_fields = ["status", "status_reason", "published_at", "decision", "decided_at"]
    inlines = [CriterionInline]


@admin.register(Application)
class ApplicationAdmin(admin_base.ModelAdmin):
    list_display = ["challenge", "organisation", "status", "submitted_at"]
    list_filter = ["status"]
    readonly_fields = ["status", "submitted_at", "decision_reason"]


@admin.register(Expert)
class ExpertAdmin(admin_base.ModelAdmin):
    list_display = ["challenge", "user", "created_at"]


@admin.register(NdaAcceptance)
class NdaAcceptanceAdmin(admin_base.ModelAdmin):
    list_display = ["challenge", "user", "organisation", "accepted_at"]
    readonly_fields = ["challenge", "user", "organisation", "terms", "accepted_at"]


@admin.register(Milestone)
class MilestoneAdmin(admin_base.ModelAdmin):
    list_display = ["title", "challenge", "due_on", "status"]
    list_filter = ["status"]
