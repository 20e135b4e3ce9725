from django.apps import AppConfig


class EventsConfig(AppConfig):
    name = "duijie.events"
    label = "events"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # The task module connects the receivers that queue background work (large schedules).
        from duijie.events import tasks  # noqa: F401
