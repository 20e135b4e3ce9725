from django.contrib import admin
from django.urls import include, path, re_path

from duijie.api.errors import not_found as api_not_found
from duijie.api.main import api
from duijie.web.views.health import healthz, readyz

urlpatterns = [
    path("admin/", admin.site.urls),
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
    path("api/", api.urls),
    re_path(r"^api/", api_not_found),  # the API answers unknown addresses in JSON too
    path("", include("duijie.web.urls")),
]

# Uploaded files are never served by URL: every download goes through a view that checks
# the reader may see it (e.g. consulting-request attachments).
