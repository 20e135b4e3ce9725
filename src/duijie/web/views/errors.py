"""The CSRF failure page in the reader's language (Django's own is bare English)."""

from django.shortcuts import render


def csrf_failure(request, reason: str = ""):
    # `reason` is Django's technical wording: logged by Django, not shown to the reader.
    return render(request, "web/errors/csrf.html", status=403)
