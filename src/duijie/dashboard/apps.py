from django.apps import AppConfig


class DashboardConfig(AppConfig):
    name = "duijie.dashboard"
    label = "dashboard"
    default_auto_field = "django.db.models.BigAutoField"
