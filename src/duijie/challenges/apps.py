from django.apps import AppConfig


class ChallengesConfig(AppConfig):
    name = "duijie.challenges"
    label = "challenges"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # The task module connects the receiver that finds likely solvers after publication.
        from duijie.challenges import tasks  # noqa: F401
