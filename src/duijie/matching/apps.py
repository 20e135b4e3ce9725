import os
import sys

from django.apps import AppConfig
from django.conf import settings


class MatchingConfig(AppConfig):
    name = "duijie.matching"
    label = "matching"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from duijie.listings.signals import listing_changed
        from duijie.matching.tasks import on_listing_changed

        listing_changed.connect(on_listing_changed, dispatch_uid="matching.update_vector")
        if serving_embedded(sys.argv, os.environ) and settings.MATCHING_WARM_ON_START:
            from duijie.matching.domain.index import warm_up_in_background

            warm_up_in_background()


def serving_embedded(argv: list[str], environ) -> bool:  # type: ignore[no-untyped-def]
    """Is this the process that will serve `runserver` (not its autoreload watcher)?

    The watcher restarts a child with RUN_MAIN=true; only that child serves requests, so
    only it warms the engine (gunicorn workers do it in `gunicorn_conf`).
    """
    if len(argv) < 2 or argv[1] != "runserver":
        return False
    return "--noreload" in argv or environ.get("RUN_MAIN") == "true"
