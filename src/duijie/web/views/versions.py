"""Pages for other-language versions: the side-by-side editor and the translators' queue."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from duijie.common.errors import DomainError
from duijie.directory.models import Organisation
from duijie.events.models import Participant
from duijie.listings.domain.queries import readable_listings
from duijie.versions.domain.display import original_fields
from duijie.versions.domain.languages import original_locale, other_locale
from duijie.versions.domain.queries import translation_queue as queue_of_listings
from duijie.versions.domain.versions import is_current, save_version, version_in
from duijie.versions.interfaces.forms import (
    ParticipantVersionForm,
    ProfileVersionForm,
    SiteVersionForm,
    VersionForm,
)
from duijie.web.views.helpers import paginate, require_perm
from duijie.web.views.projects.sites import visible_site


@login_required
def translation_queue(request):
    require_perm(request, "versions.view_translation_queue")
    page = paginate(request, queue_of_listings())
    return render(request, "web/versions/queue.html", {"page": page})


@login_required
def listing_version(request, listing_id: int):
    listing = get_object_or_404(
        readable_listings(request.user).select_related("organisation"), pk=listing_id
    )
    done = redirect("web:listing_detail", listing_id=listing.pk)
    return _edit(request, listing, VersionForm, done, "web:listing_detail")


@login_required
def organisation_version(request, org_id: int):
    organisation = get_object_or_404(Organisation, pk=org_id)
    done = redirect("web:organisation_detail", org_id=organisation.pk)
    return _edit(request, organisation, ProfileVersionForm, done, "web:organisation_detail")


@login_required
def site_version(request, site_id: int):
    site = visible_site(request, site_id)
    done = redirect("web:projects_site_detail", site_id=site.pk)
    return _edit(request, site, SiteVersionForm, done, "web:projects_site_detail")


@login_required
def participant_version(request, participant_id: int):
    participant = get_object_or_404(Participant.objects.select_related("event"), pk=participant_id)
    done = redirect("web:events_detail", event_id=participant.event_id)
    return _edit(
        request,
        participant,
        ParticipantVersionForm,
        done,
        "web:events_detail",
        back_id=participant.event_id,
    )


def _edit(request, obj, form_class, done, back_url: str, back_id: int | None = None):
    """Show the original beside the version form; save through the domain, keep what was typed."""
    require_perm(request, "versions.write_version", obj)
    locale = other_locale(original_locale(obj))
    version = version_in(obj, locale)
    initial = {name: version.text(name) for name in original_fields(obj)} if version else {}
    form = form_class(request.POST or None, initial=initial, obj=obj, locale=locale)
    if request.method == "POST" and form.is_valid():
        try:
            save_version(obj, actor=request.user, language=locale, fields=form.version_fields())
        except ValidationError as error:
            for field, problems in error.message_dict.items():
                form.add_error(field if field in form.fields else None, problems)
        except DomainError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Version saved."))
            return done
    context = {
        "object": obj,
        "original": original_fields(obj),
        "original_locale": original_locale(obj),
        "locale": locale,
        "version": version,
        "version_is_current": bool(version and is_current(version, obj)),
        "form": form,
        "back_url": back_url,
        "back_id": back_id or obj.pk,
    }
    return render(request, "web/versions/edit.html", context)
