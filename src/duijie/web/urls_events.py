"""Web routes of the events area (included by web/urls.py)."""

urlpatterns: list = []
