"""Web routes of the dashboard area (included by web/urls.py)."""

from django.urls import path

from duijie.web.views import dashboard

urlpatterns = [path("dashboard/", dashboard.dashboard, name="dashboard")]
