from django.apps import AppConfig


class TaskforceConfig(AppConfig):
    name = "duijie.taskforce"
    label = "taskforce"
    default_auto_field = "django.db.models.BigAutoField"
