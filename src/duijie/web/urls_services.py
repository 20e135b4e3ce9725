"""Web routes of the services area (included by web/urls.py)."""

from django.urls import path

from duijie.web.views import services as views

R = "services/requests/<int:request_id>/"


def action(suffix: str, name: str):
    """One POST action of the request page, e.g. services/requests/7/reply/."""
    return path(R + suffix, views.request_action, {"action": name}, name=f"services_request_{name}")


urlpatterns = [
    path("services/", views.services_home, name="services_home"),
    path("services/requests/", views.request_list, name="services_request_list"),
    path("services/requests/export/", views.request_export, name="services_request_export"),
    path("services/requests/new/", views.request_create, name="services_request_create"),
    path(R, views.request_detail, name="services_request_detail"),
    action("assign/", "assign"),
    action("reply/", "reply"),
    action("note/", "note"),
    action("transfer/", "transfer"),
    action("close/", "close"),
    action("follow-up/", "follow_up"),
    action("rating/", "rate"),
    action("files/", "attach"),
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
