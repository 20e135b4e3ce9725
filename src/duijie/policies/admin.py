from django.contrib import admin

from duijie.common import admin_base
from duijie.policies.models import Policy, PolicyArticle, PolicyTag


class ArticleInline(admin_base.StackedInline):
    model = PolicyArticle
    extra = 0


@admin.register(Policy)
class PolicyAdmin(admin_base.ModelAdmin):
    list_display = ["slug", "title_zh", "document_number", "valid_from", "valid_to", "is_published"]
    list_filter = ["is_published", "tags"]
    search_fields = ["slug", "title_zh", "title_en", "document_number"]
    filter_horizontal = ["tags"]
    raw_id_fields = ["related_requests"]
    inlines = [ArticleInline]


@admin.register(PolicyTag)
class PolicyTagAdmin(admin_base.ModelAdmin):
    list_display = ["code", "name_zh", "name_en"]
    search_fields = ["code", "name_zh", "name_en"]
