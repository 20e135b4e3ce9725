"""Web routes of the services area (included by web/urls.py)."""

urlpatterns: list = []
