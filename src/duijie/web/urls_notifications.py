from django.urls import path

from duijie.web.views import notifications

urlpatterns = [
    path("me/notifications/", notifications.notification_list, name="notifications"),
    path("me/notifications/read/", notifications.mark_read, name="notifications_read"),
    path(
        "me/notifications/preferences/",
        notifications.preferences,
        name="notification_preferences",
    ),
]
