from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from duijie.common import phrases
from duijie.directory.domain import organisations as org_domain
from duijie.directory.domain.browse import OrganisationFilters, filter_organisations
from duijie.directory.interfaces.forms import AddMemberForm, OrganisationForm
from duijie.directory.models import Country, Membership, Organisation, OrgType
from duijie.listings.domain.queries import visible_listings
from duijie.listings.models import Visibility
from duijie.web.views.helpers import paginate, require_perm, run_domain


def my_organisation_url(org: Organisation) -> str:
    return f"{reverse('web:my_organisation')}?org={org.pk}"


def organisation_list(request):
    filters = OrganisationFilters(
        q=request.GET.get("q", ""),
        country=request.GET.get("country", ""),
        org_type=request.GET.get("org_type", ""),
    )
    page = paginate(request, filter_organisations(filters).prefetch_related("sectors"))
    context = {
        "page": page,
        "filters": filters,
        "countries": Country.choices,
        "org_types": OrgType.choices,
    }
    return render(request, "web/organisations/list.html", context)


def organisation_detail(request, org_id: int):
    org = get_object_or_404(Organisation, pk=org_id)
    # Anonymous listings are left out: listing them here would reveal who wrote them.
    listings = visible_listings(request.user).filter(organisation=org)
    listings = listings.exclude(visibility=Visibility.ANONYMOUS)
    context = {
        "org": org,
        "listings": listings,
        "can_edit": request.user.has_perm("directory.change_organisation", org),
        "can_verify": request.user.has_perm("directory.verify_organisation", org),
    }
    return render(request, "web/organisations/detail.html", context)


@login_required
def my_organisation(request):
    memberships = request.user.memberships.select_related("organisation")
    chosen = memberships.filter(organisation_id=request.GET.get("org") or 0).first()
    membership = chosen or memberships.first()
    if membership is None:
        return redirect("web:organisation_create")
    org = membership.organisation
    context = {
        "org": org,
        "memberships": memberships,
        "listings": org.listings.order_by("status", "-updated_at"),
        "members": org.memberships.select_related("user"),
        "is_admin": membership.role == Membership.Role.ADMIN,
        "member_form": AddMemberForm(),
    }
    return render(request, "web/organisations/mine.html", context)


@login_required
def organisation_create(request):
    form = OrganisationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        fields = {k: v for k, v in form.cleaned_data.items() if k != "sectors"}
        org = org_domain.create_organisation(
            actor=request.user, fields=fields, sectors=form.cleaned_data["sectors"]
        )
        messages.success(request, _("Organisation registered. Staff will verify it."))
        return redirect(my_organisation_url(org))
    return render(request, "web/organisations/form.html", {"form": form})


@login_required
def organisation_edit(request, org_id: int):
    org = get_object_or_404(Organisation, pk=org_id)
    require_perm(request, "directory.change_organisation", org)
    form = OrganisationForm(request.POST or None, instance=org)
    if request.method == "POST" and form.is_valid():
        fields = {k: v for k, v in form.cleaned_data.items() if k != "sectors"}
        org_domain.update_organisation(
            org, actor=request.user, fields=fields, sectors=form.cleaned_data["sectors"]
        )
        messages.success(request, phrases.CHANGES_SAVED)
        return redirect("web:organisation_detail", org_id=org.pk)
    return render(request, "web/organisations/form.html", {"form": form, "org": org})


@login_required
@require_POST
def member_add(request, org_id: int):
    org = get_object_or_404(Organisation, pk=org_id)
    require_perm(request, "directory.manage_members", org)
    form = AddMemberForm(request.POST)
    if form.is_valid():
        run_domain(
            request,
            org_domain.add_member,
            org,
            actor=request.user,
            success=_("Member added."),
            **form.cleaned_data,
        )
    else:
        messages.error(request, _("Please enter a valid email address."))
    return redirect(my_organisation_url(org))


@login_required
@require_POST
def member_remove(request, membership_id: int):
    membership = get_object_or_404(Membership, pk=membership_id)
    org = membership.organisation
    require_perm(request, "directory.manage_members", org)
    run_domain(
        request, org_domain.remove_member, membership, actor=request.user, success=_("Removed.")
    )
    return redirect(my_organisation_url(org))
