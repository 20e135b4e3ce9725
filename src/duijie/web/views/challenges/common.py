"""What every challenge page needs: the objects a user may see, or 404."""

from __future__ import annotations

from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404

from duijie.challenges.domain.access import identity_hidden, visible_challenges
from duijie.challenges.interfaces.labels import applicant_label
from duijie.challenges.models import Application, Challenge, Milestone, StoredFile


def visible_challenge(request, challenge_id: int) -> Challenge:
    queryset = visible_challenges(request.user).select_related("organisation")
    return get_object_or_404(queryset, pk=challenge_id)


def visible_application(request, application_id: int) -> Application:
    """An application the user may open (own, owner's, non-conflicted expert's, staff), or 404."""
    application = get_object_or_404(
        Application.objects.select_related("challenge__organisation", "organisation"),
        pk=application_id,
    )
    if not request.user.has_perm("challenges.view_application", application):
        raise Http404
    return application


def labelled(user, applications, challenge: Challenge) -> list[tuple[Application, str]]:
    """(application, the name this user may see) pairs: blind review hides the applicant."""
    hidden = identity_hidden(user, challenge)
    return [(a, applicant_label(a, hidden=hidden)) for a in applications]


def milestone_or_404(milestone_id: int) -> Milestone:
    return get_object_or_404(
        Milestone.objects.select_related("challenge", "application"), pk=milestone_id
    )


def file_response(request, file_id: int):
    """Files are served only through the check of what they belong to, never by media URL."""
    stored = get_object_or_404(
        StoredFile.objects.select_related("application__challenge", "milestone__challenge"),
        pk=file_id,
    )
    allowed = (
        request.user.has_perm("challenges.view_application", stored.application)
        if stored.application_id
        else request.user.has_perm("challenges.view_panel", stored.milestone.challenge)
        or request.user.has_perm("challenges.submit_evidence", stored.milestone)
    )
    if not allowed:
        raise Http404
    try:
        handle = stored.file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(
        handle, as_attachment=True, filename=stored.original_name, content_type=stored.content_type
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response
