"""Likely solvers who have not applied and experts who may fit, for the owner and staff."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from duijie.challenges.domain.recommendations import likely_experts, likely_solvers
from duijie.challenges.interfaces.forms import InviteExpertForm
from duijie.web.views.challenges.common import visible_challenge
from duijie.web.views.helpers import require_perm


@login_required
def challenge_suggestions(request, challenge_id: int):
    challenge = visible_challenge(request, challenge_id)
    require_perm(request, "challenges.view_panel", challenge)
    can_invite = request.user.has_perm("challenges.manage_panel", challenge)
    context = {
        "challenge": challenge,
        "solvers": likely_solvers(challenge, actor=request.user),
        "experts": likely_experts(challenge, actor=request.user) if can_invite else [],
        "can_invite": can_invite,
        "invite_form": InviteExpertForm(),
    }
    return render(request, "web/challenges/suggestions.html", context)
