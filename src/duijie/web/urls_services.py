"""Web routes of the services area (included by web/urls.py)."""

from django.urls import path

from duijie.web.views import services as views

R = "services/requests/<int:request_id>/"

urlpatterns = [
    path("services/", views.services_home, name="services_home"),
    path("services/requests/", views.request_list, name="services_request_list"),
    path("services/requests/export/", views.request_export, name="services_request_export"),
    path("services/requests/new/", views.request_create, name="services_request_create"),
    path(R, views.request_detail, name="services_request_detail"),
    path(R + "assign/", views.request_assign, name="services_request_assign"),
    path(R + "reply/", views.request_reply, name="services_request_reply"),
    path(R + "note/", views.request_note, name="services_request_note"),
    path(R + "transfer/", views.request_transfer, name="services_request_transfer"),
    path(R + "close/", views.request_close, name="services_request_close"),
    path(R + "follow-up/", views.request_follow_up, name="services_request_follow_up"),
    path(R + "rating/", views.request_rate, name="services_request_rate"),
    path(R + "files/", views.request_attach, name="services_request_attach"),
    path(R + "policies/", views.request_link_policy, name="services_request_link_policy"),
    path(
        R + "policies/<int:policy_id>/remove/",
        views.request_unlink_policy,
        name="services_request_unlink_policy",
    ),
    path(
        "services/files/<int:attachment_id>/",
        views.attachment_download,
        name="services_attachment_download",
    ),
    path("services/routing/", views.routing_rules, name="services_routing"),
    path(
        "services/routing/<slug:category_code>/",
        views.routing_rule_save,
        name="services_routing_save",
    ),
]
