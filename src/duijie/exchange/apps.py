from django.apps import AppConfig


class ExchangeConfig(AppConfig):
    name = "duijie.exchange"
    label = "exchange"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from duijie.exchange import tasks  # noqa: F401  (connects the webhook sender)
        from duijie.exchange.domain.feed import on_listing_changed
        from duijie.listings.signals import listing_changed

        # Every change a partner could see is appended to the feed once, after commit.
        listing_changed.connect(on_listing_changed, dispatch_uid="exchange.feed")
