"""Web routes of the matching area (included by web/urls.py)."""

urlpatterns: list = []
