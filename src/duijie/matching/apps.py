from django.apps import AppConfig


class MatchingConfig(AppConfig):
    name = "duijie.matching"
    label = "matching"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from duijie.listings.signals import listing_changed
        from duijie.matching.tasks import on_listing_changed

        listing_changed.connect(on_listing_changed, dispatch_uid="matching.update_vector")
