from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "duijie_demo"
    label = "duijie_demo"
    verbose_name = "Duijie demo data"
