from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.translation import gettext as _

from duijie.common import phrases
from duijie.common.exports import xlsx_response
from duijie.projects.domain import sites as site_domain
from duijie.projects.domain.access import visible_projects, visible_sites
from duijie.projects.domain.browse import SiteFilters, filter_sites, site_rows
from duijie.projects.domain.matching import fitting_projects
from duijie.projects.interfaces.forms import SiteFilterForm, SiteForm
from duijie.projects.models import CarrierSite
from duijie.web.views.helpers import paginate, require_perm
from duijie.web.views.projects.labels import with_explanations
from duijie.web.views.projects.saving import FormPages

PAGES = FormPages(
    name="site", template="web/projects/site_form.html", detail="web:projects_site_detail"
)


def visible_site(request, site_id: int) -> CarrierSite:
    """A site the user may see, or 404."""
    queryset = visible_sites(request.user).select_related("operator", "contact_unit", "parent")
    return get_object_or_404(queryset, pk=site_id)


def _filtered(request):
    form = SiteFilterForm(request.GET or None)
    filters = SiteFilters(**form.cleaned_data) if form.is_valid() else SiteFilters()
    return form, filter_sites(request.user, filters)


@login_required
def site_list(request):
    require_perm(request, "projects.view_site")
    form, sites = _filtered(request)
    context = {
        "form": form,
        "page": paginate(request, sites),
        "query": request.GET.urlencode(),
        "can_create": request.user.has_perm("projects.create_site"),
    }
    return render(request, "web/projects/site_list.html", context)


@login_required
def site_export(request):
    require_perm(request, "projects.view_site")
    _form, sites = _filtered(request)
    headers, rows = site_rows(sites)
    stamp = timezone.localdate().isoformat()
    return xlsx_response(f"carrier-sites-{stamp}", headers, rows, title=_("Carrier sites"))


@login_required
def site_create(request):
    require_perm(request, "projects.create_site")
    initial = {"contact_unit": request.user.department, "content_locale": request.LANGUAGE_CODE}
    form = SiteForm(request.POST or None, initial=initial)
    return PAGES.save(request, form, site_domain.create_site, success=_("Site recorded."))


@login_required
def site_edit(request, site_id: int):
    site = visible_site(request, site_id)
    require_perm(request, "projects.change_site", site)
    form = SiteForm(request.POST or None, instance=site)
    success = phrases.CHANGES_SAVED
    return PAGES.save(request, form, site_domain.update_site, instance=site, success=success)


@login_required
def site_detail(request, site_id: int):
    site = visible_site(request, site_id)
    projects = fitting_projects(site, visible_projects(request.user).select_related("investor"))
    context = {
        "site": site,
        "parts": site.parts.all(),
        "matches": with_explanations(projects),
        "can_change": request.user.has_perm("projects.change_site", site),
    }
    return render(request, "web/projects/site_detail.html", context)
