"""The service worker that keeps a participant's agenda for offline use, served at the site root
so its scope covers the agenda pages (a file under /static/ could only control /static/)."""

from django.shortcuts import render
from django.views.decorators.cache import never_cache


@never_cache
def service_worker(request):
    return render(request, "web/offline/sw.js", content_type="text/javascript; charset=utf-8")
