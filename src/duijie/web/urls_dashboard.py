"""Web routes of the dashboard area (included by web/urls.py)."""

urlpatterns: list = []
