"""Public challenge pages: the list, a challenge's page, its published result."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from duijie.challenges.core.lifecycle import MAIN_LINE, Status
from duijie.challenges.domain import applications as application_domain
from duijie.challenges.domain.access import (
    expert_seat,
    has_accepted_nda,
    may_read_details,
    own_applications,
    visible_challenges,
)
from duijie.challenges.interfaces.labels import eligibility_text, reward_text
from duijie.challenges.models import ApplicationStatus, ChallengeStatus
from duijie.web.views.challenges.common import visible_challenge
from duijie.web.views.helpers import paginate, run_domain


def challenge_list(request):
    challenges = visible_challenges(request.user).select_related("organisation")
    status = request.GET.get("status", "")
    if status in ChallengeStatus.values:
        challenges = challenges.filter(status=status)
    context = {
        "page": paginate(request, challenges.order_by("-published_at", "-id")),
        "statuses": ChallengeStatus.choices,
        "status": status,
    }
    return render(request, "web/challenges/list.html", context)


def _progress(current: str) -> list[tuple[str, str, str]]:
    reached = MAIN_LINE.index(current) if current in MAIN_LINE else -1
    return [
        (status.value, ChallengeStatus(status.value).label, _state(index, reached))
        for index, status in enumerate(MAIN_LINE)
    ]


def _state(index: int, reached: int) -> str:
    if index < reached:
        return "done"
    return "current" if index == reached else "todo"


def challenge_detail(request, challenge_id: int):
    challenge = visible_challenge(request, challenge_id)
    user = request.user
    own = own_applications(user).filter(challenge=challenge).first()
    context = {
        "challenge": challenge,
        "criteria": challenge.criteria.all(),
        "reward": reward_text(challenge),
        "eligibility": eligibility_text(challenge),
        "progress": _progress(challenge.status),
        "details_visible": may_read_details(user, challenge),
        "own_application": own,
        "can_accept_nda": user.has_perm("challenges.accept_nda", challenge)
        and not has_accepted_nda(user, challenge),
        "can_apply": own is None and user.has_perm("challenges.apply", challenge),
        "can_edit": user.has_perm("challenges.change_challenge", challenge),
        "can_submit": user.has_perm("challenges.submit_challenge", challenge),
        "can_review": user.has_perm("challenges.review_challenge", challenge),
        "can_manage": user.has_perm("challenges.view_panel", challenge),
        "is_expert": expert_seat(user, challenge) is not None,
        "result_visible": user.has_perm("challenges.view_result", challenge),
    }
    return render(request, "web/challenges/detail.html", context)


@login_required
@require_POST
def accept_nda(request, challenge_id: int):
    challenge = visible_challenge(request, challenge_id)
    run_domain(
        request,
        application_domain.accept_nda,
        challenge,
        actor=request.user,
        success=_("Thank you. The confidential details are now shown to you."),
    )
    return redirect("web:challenges_detail", challenge_id=challenge.pk)


def challenge_result(request, challenge_id: int):
    """The published decision (主动公开): winners and reasons, nothing from the panel."""
    challenge = visible_challenge(request, challenge_id)
    if not request.user.has_perm("challenges.view_result", challenge):
        raise Http404
    winners = challenge.applications.filter(status=ApplicationStatus.AWARDED).select_related(
        "organisation"
    )
    sent = challenge.applications.exclude(
        status__in=(ApplicationStatus.DRAFT, ApplicationStatus.WITHDRAWN)
    )
    context = {
        "challenge": challenge,
        "winners": winners,
        "applications": sent.count(),
        "reward": reward_text(challenge),
        "delivered": challenge.status == Status.ACCEPTED,
    }
    if not challenge.publish_result:
        messages.info(request, _("This result is not public; only you and platform staff see it."))
    return render(request, "web/challenges/result.html", context)
