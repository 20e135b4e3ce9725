from django.contrib import admin

from duijie.common import admin_base
from duijie.listings.models import Listing


@admin.register(Listing)
class ListingAdmin(admin_base.ModelAdmin):
    list_display = ["title", "kind", "organisation", "status", "content_locale", "expires_on"]
    list_filter = ["status", "kind", "content_locale", "visibility", "is_sample"]
    search_fields = ["title", "description"]
    raw_id_fields = ["organisation", "created_by"]
    # Status moves go through the review queue so that history stays complete.
    readonly_fields = ["status", "published_at"]
