from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "duijie.web"
    label = "web"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from duijie.common.text import protect_form_fields

        # Every page's form refuses control characters with a field error (common.text).
        protect_form_fields()
