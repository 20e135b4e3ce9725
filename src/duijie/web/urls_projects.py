"""Web routes of the projects area (included by web/urls.py)."""

from django.urls import path

from duijie.web.views.projects import pipeline, sites

urlpatterns = [
    path("projects/", pipeline.project_list, name="projects_list"),
    path("projects/export/", pipeline.project_export, name="projects_export"),
    path("projects/new/", pipeline.project_create, name="projects_create"),
    path("projects/<int:project_id>/", pipeline.project_detail, name="projects_detail"),
    path("projects/<int:project_id>/edit/", pipeline.project_edit, name="projects_edit"),
    path("projects/<int:project_id>/stage/", pipeline.project_stage, name="projects_stage"),
    path("projects/sites/", sites.site_list, name="projects_site_list"),
    path("projects/sites/export/", sites.site_export, name="projects_site_export"),
    path("projects/sites/new/", sites.site_create, name="projects_site_create"),
    path("projects/sites/<int:site_id>/", sites.site_detail, name="projects_site_detail"),
    path("projects/sites/<int:site_id>/edit/", sites.site_edit, name="projects_site_edit"),
]
