from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from duijie.dashboard.domain.buckets import with_shares
from duijie.dashboard.domain.figures import programme_figures
from duijie.taskforce.models import ItemStatus
from duijie.web.views.helpers import require_perm

CHARTED = {
    "organisations": ("by_country", "by_type"),
    "listings": ("by_sector", "by_language", "by_kind"),
    "consulting": ("by_status", "by_department"),
    "work_items": ("by_status",),
    "projects": ("by_stage",),
    "sites": ("area_by_kind", "area_by_district"),
}


def charted(figures: dict) -> dict:
    """The figures with bar widths (`share`) added to every bucket list the page charts."""
    result = dict(figures)
    for section, lists in CHARTED.items():
        if result.get(section) is not None:
            result[section] = {**result[section]}
            for name in lists:
                result[section][name] = with_shares(result[section][name])
    return result


@login_required
def dashboard(request):
    require_perm(request, "dashboard.view_figures")
    figures = charted(programme_figures())
    context = {"figures": figures, "status_labels": ItemStatus.labels}
    return render(request, "web/dashboard/dashboard.html", context)
