"""API of open challenges: public data of published ones, applications under the pages' rules."""
# No `from __future__ import annotations`: django-ninja reads these annotations at runtime.

import datetime

from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import Router, Schema
from ninja.pagination import paginate
from ninja.responses import Status
from ninja.security import django_auth

from duijie.api.access import require
from duijie.api.pagination import PageNumberPagination
from duijie.api.schemas import OrganisationBrief
from duijie.api.writes import ErrorsOut, bind, body_schema, json_object
from duijie.challenges.domain import applications as application_domain
from duijie.challenges.domain.access import (
    identity_hidden,
    visible_applications,
    visible_challenges,
)
from duijie.challenges.domain.figures import challenge_figures
from duijie.challenges.interfaces.forms import ApplicationInput
from duijie.challenges.models import Application, Challenge, ChallengeStatus
from duijie.directory.models import Organisation

router = Router()


class CriterionOut(Schema):
    name: str
    description: str
    weight: int


class RewardOut(Schema):
    amount: int | None
    currency: str
    in_kind: str


class EligibilityOut(Schema):
    countries: list[str]
    org_types: list[str]
    trl_min: int | None
    trl_max: int | None


class ChallengeOut(Schema):
    id: int
    title: str
    title_other: str
    problem: str
    expected_results: str
    content_locale: str
    organisation: OrganisationBrief
    stage: str
    deadline: datetime.datetime
    accepts_applications: bool
    reward: RewardOut
    eligibility: EligibilityOut
    criteria: list[CriterionOut]
    required_documents: str
    confidential_details_need_nda: bool
    blind_review: bool
    result_public: bool


class ApplicationIn(Schema):
    organisation_id: int
    approach: str
    content_locale: str
    team: str = ""
    trl: int | None = None
    budget: int | None = None
    currency: str = "CNY"
    timeline: str = ""
    references: str = ""
    submit: bool = False


class ApplicationOut(Schema):
    id: int
    challenge_id: int
    organisation: OrganisationBrief | None  # None for an expert in blind review
    status: str
    submitted_at: datetime.datetime | None
    approach: str
    team: str
    trl: int | None
    budget: int | None
    currency: str
    timeline: str
    content_locale: str


def challenge_out(challenge: Challenge, user) -> dict:
    """The public face of a challenge: never the confidential details or the panel's work."""
    return {
        "id": challenge.pk,
        "title": challenge.title,
        "title_other": challenge.title_other,
        "problem": challenge.problem,
        "expected_results": challenge.expected_results,
        "content_locale": challenge.content_locale,
        "organisation": challenge.organisation,
        "stage": challenge.status,
        "deadline": challenge.deadline,
        "accepts_applications": _open_now(challenge),
        "reward": {
            "amount": challenge.reward_amount,
            "currency": challenge.reward_currency,
            "in_kind": challenge.reward_in_kind,
        },
        "eligibility": {
            "countries": challenge.eligible_countries,
            "org_types": challenge.eligible_org_types,
            "trl_min": challenge.trl_min,
            "trl_max": challenge.trl_max,
        },
        "criteria": list(challenge.criteria.values("name", "description", "weight")),
        "required_documents": challenge.required_documents,
        "confidential_details_need_nda": challenge.needs_nda,
        "blind_review": challenge.blind_review,
        "result_public": user.has_perm("challenges.view_result", challenge)
        and challenge.publish_result,
    }


def _open_now(challenge: Challenge) -> bool:
    return challenge.status == ChallengeStatus.OPEN and timezone.now() < challenge.deadline


def application_out(application: Application, *, hidden: bool) -> dict:
    fields = {name: getattr(application, name) for name in ApplicationOut.model_fields}
    fields["organisation"] = None if hidden else application.organisation
    return fields


def _challenge(request, challenge_id: int) -> Challenge:
    queryset = visible_challenges(request.user).select_related("organisation")
    return get_object_or_404(queryset, pk=challenge_id)


@router.get("", response=list[ChallengeOut], summary="Challenges visible to the caller")
@paginate(PageNumberPagination, page_size=20)
def list_challenges(request, stage: str = ""):
    queryset = visible_challenges(request.user).select_related("organisation")
    if stage:
        queryset = queryset.filter(status=stage)
    queryset = queryset.order_by("-published_at", "-id")
    return [challenge_out(c, request.user) for c in queryset]


class FiguresOut(Schema):
    published: int
    open: int
    applications: int
    cross_border_applications: int
    awards: int
    reward_value: dict[str, int]
    delivered: int


@router.get(
    "/figures",
    response=FiguresOut,
    auth=django_auth,
    summary="The programme's challenge figures (for the dashboard's readers)",
)
def figures(request):
    require(request, "dashboard.view_figures")
    return challenge_figures()


@router.get("/{challenge_id}", response=ChallengeOut, summary="One challenge's public data")
def get_challenge(request, challenge_id: int):
    return challenge_out(_challenge(request, challenge_id), request.user)


@router.get(
    "/{challenge_id}/applications",
    response=list[ApplicationOut],
    auth=django_auth,
    summary="The caller's own application, or all sent ones for the owner, panel and staff",
)
def list_applications(request, challenge_id: int):
    challenge = _challenge(request, challenge_id)
    hidden = identity_hidden(request.user, challenge)
    queryset = visible_applications(request.user, challenge).select_related("organisation")
    return [application_out(a, hidden=hidden) for a in queryset]


@router.post(
    "/{challenge_id}/applications",
    response={201: ApplicationOut, 422: ErrorsOut},
    auth=django_auth,
    openapi_extra=body_schema(ApplicationIn),
    summary="Apply for one of the caller's organisations (a draft, or sent with submit=true)",
)
def create_application(request, challenge_id: int):
    challenge = _challenge(request, challenge_id)
    # The domain refuses a closed challenge or a second application with its own message.
    organisations = Organisation.objects.filter(memberships__user=request.user)
    base = {"content_locale": request.LANGUAGE_CODE, "currency": challenge.reward_currency}
    form = bind(
        ApplicationInput,
        json_object(request),
        base=base,
        aliases={"organisation_id": "organisation"},
        organisations=organisations,
    )
    application = application_domain.start_application(
        challenge,
        actor=request.user,
        organisation=organisations.get(pk=form.cleaned_data["organisation"]),
        fields=form.domain_fields(),
        submit=form.cleaned_data["submit"],
    )
    return Status(201, application_out(application, hidden=False))
