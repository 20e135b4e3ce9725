from django.apps import AppConfig


class CommonConfig(AppConfig):
    name = "duijie.common"
    label = "common"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from duijie.common import permissions  # noqa: F401  (registers the permission rules)
