"""Web routes of the taskforce area (included by web/urls.py)."""

urlpatterns: list = []
