from django.apps import AppConfig


class VersionsConfig(AppConfig):
    """Other-language versions of user-written content, with who wrote them and when."""

    name = "duijie.versions"
    label = "versions"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from duijie.listings.signals import listing_changed
        from duijie.versions.domain.staleness import on_listing_changed

        listing_changed.connect(on_listing_changed, dispatch_uid="versions.mark_stale")
