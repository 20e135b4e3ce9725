from django.apps import AppConfig


class ListingsConfig(AppConfig):
    name = "duijie.listings"
    label = "listings"
    default_auto_field = "django.db.models.BigAutoField"
