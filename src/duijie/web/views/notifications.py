"""The notification centre: my notifications newest first, marking them read, my preferences."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from duijie.common import notifications as centre
from duijie.common.errors import DomainError
from duijie.common.interfaces.forms import MarkReadForm, NotificationPreferencesForm
from duijie.web.views.helpers import paginate


@login_required
def notification_list(request):
    page = paginate(request, centre.notifications_of(request.user).select_related("actor"))
    return render(
        request,
        "web/notifications/list.html",
        {"page": page, "unread": centre.unread_count(request.user)},
    )


@login_required
@require_POST
def mark_read(request):
    form = MarkReadForm(request.POST)
    if not form.is_valid():
        for problem in form.errors.get("__all__", []) + form.errors.get("ids", []):
            messages.error(request, problem)
        return redirect("web:notifications")
    centre.mark_read(request.user, ids=form.chosen_ids())
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(target)
    return redirect("web:notifications")


@login_required
def preferences(request):
    current = centre.preferences_of(request.user)
    form = NotificationPreferencesForm(request.POST or None, current=current)
    if request.method == "POST" and form.is_valid():
        try:
            centre.set_preferences(request.user, form.cleaned_data, actor=request.user)
        except DomainError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Your notification preferences were saved."))
            return redirect("web:notification_preferences")
    return render(request, "web/notifications/preferences.html", {"form": form})
