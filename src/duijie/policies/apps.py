from django.apps import AppConfig


class PoliciesConfig(AppConfig):
    name = "duijie.policies"
    label = "policies"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from duijie.policies import permissions  # noqa: F401  (registers the permission rules)
