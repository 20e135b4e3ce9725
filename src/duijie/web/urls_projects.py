"""Web routes of the projects area (included by web/urls.py)."""

urlpatterns: list = []
