"""Web routes of the policies area (included by web/urls.py)."""

from django.urls import path

from duijie.web.views import policies as views

urlpatterns = [
    path("policies/", views.policy_list, name="policies_list"),
    path("policies/rhq-check/", views.rhq_check, name="policies_rhq_check"),
    path("policies/<slug:slug>/", views.policy_detail, name="policies_detail"),
]
