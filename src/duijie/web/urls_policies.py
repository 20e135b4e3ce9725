"""Web routes of the policies area (included by web/urls.py)."""

urlpatterns: list = []
