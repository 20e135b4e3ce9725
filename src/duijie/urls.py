from django.contrib import admin
from django.urls import include, path

from duijie.api.main import api

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", api.urls),
    path("", include("duijie.web.urls")),
]

# Uploaded files are never served by URL: every download goes through a view that checks
# the reader may see it (e.g. consulting-request attachments).
