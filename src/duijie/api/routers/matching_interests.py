"""API of mutual interest: express, answer, withdraw, consent, and contacts once allowed.

The same rules as the pages: an interest is seen only by the two organisations (404 for
anyone else), each action is the domain's (403 when the caller's side may not do it, 400 when
the interest's state forbids it), bodies are checked by the page's forms (422, messages in the
caller's language), and contact details come only from `reveal_contacts` (read only: the
ledger is written when the second consent completes the exchange).
"""

import datetime
from dataclasses import asdict

from django import forms
from django.shortcuts import get_object_or_404
from ninja import Query, Router, Schema
from ninja.pagination import paginate
from ninja.responses import Status
from ninja.security import django_auth
from pydantic import Field

from duijie.api.access import require
from duijie.api.pagination import PageNumberPagination
from duijie.api.schemas import OrganisationBrief
from duijie.api.writes import ErrorsOut, bind, body_schema, json_object
from duijie.listings.domain.queries import readable_listings
from duijie.listings.models import PartnershipType
from duijie.matching.domain import interest as flow
from duijie.matching.domain.identity import organisation_revealed
from duijie.matching.domain.queries import visible_interests
from duijie.matching.interfaces.forms import TIMELINES, DeclineForm, InterestForm
from duijie.matching.models import DeclineReason, Interest

router = Router(auth=django_auth)


class InterestListingOut(Schema):
    id: int
    kind: str
    title: str
    status: str
    organisation: OrganisationBrief | None


class AnswersOut(Schema):
    timeline: str | None
    partnership: str | None
    budget_confirmed: bool | None


class InterestOut(Schema):
    id: int
    direction: str = Field(description="`sent` by or `received` by the caller's organisation")
    listing: InterestListingOut
    from_listing: InterestListingOut | None
    from_organisation: OrganisationBrief
    message: str
    content_locale: str
    answers: AnswersOut
    status: str
    decline_reason: str
    decline_note: str
    created_at: datetime.datetime
    responded_at: datetime.datetime | None
    consented: bool = Field(description="Whether the caller agreed to share their contacts")
    contacts_exchanged: bool = Field(description="Whether both contact persons have consented")


class ContactOut(Schema):
    full_name: str
    email: str
    phone: str
    organisation: str


class InterestIn(Schema):
    listing_id: int
    organisation_id: int = Field(description="The caller's organisation it is sent for")
    from_listing_id: int | None = Field(None, description="A published listing of that org")
    message: str = Field(max_length=2000)
    timeline: str = Field("", json_schema_extra={"enum": [value for value, _ in TIMELINES]})
    partnership: str = Field("", json_schema_extra={"enum": ["", *PartnershipType.values]})
    budget_confirmed: bool = False


class DeclineIn(Schema):
    reason: str = Field(json_schema_extra={"enum": list(DeclineReason.values)})
    note: str = Field("", max_length=1000)


class InterestQuery(Schema):
    status: str = ""


class InterestInput(InterestForm):
    """The page's form, with the listing named in the body rather than the address."""

    listing_id = forms.IntegerField()


INTEREST_ALIASES = {"organisation_id": "organisation", "from_listing_id": "from_listing"}


def _listing_brief(listing, user) -> dict | None:
    if listing is None:
        return None
    fields = {name: getattr(listing, name) for name in ("id", "kind", "title", "status")}
    fields["organisation"] = listing.organisation if organisation_revealed(listing, user) else None
    return fields


def _org_ids(user) -> set[int]:
    return set(user.memberships.values_list("organisation_id", flat=True))


def interest_out(interest: Interest, user, org_ids: set[int] | None = None) -> dict:
    org_ids = _org_ids(user) if org_ids is None else org_ids
    names = ("id", "message", "content_locale", "status", "decline_reason", "decline_note")
    fields = {name: getattr(interest, name) for name in names}
    fields.update(
        direction="received" if interest.listing.organisation_id in org_ids else "sent",
        listing=_listing_brief(interest.listing, user),
        from_listing=_listing_brief(interest.from_listing, user),
        from_organisation=interest.from_organisation,
        answers={key: interest.answers.get(key) for key in flow.STANDARD_QUESTIONS},
        created_at=interest.created_at,
        responded_at=interest.responded_at,
        consented=any(
            consent.user_id == user.pk and consent.active for consent in interest.consents.all()
        ),
        contacts_exchanged=interest.contacts_exchanged_at is not None,
    )
    return fields


def _interests(user):
    related = ("listing__organisation", "from_listing__organisation", "from_organisation")
    return visible_interests(user).select_related(*related).prefetch_related("consents")


def _visible(request, interest_id: int) -> Interest:
    """An interest of one of the caller's organisations, else 404."""
    return get_object_or_404(_interests(request.user), pk=interest_id)


def _act(request, interest_id: int, action, **kwargs) -> dict:
    action(_visible(request, interest_id), actor=request.user, **kwargs)
    return interest_out(_visible(request, interest_id), request.user)


@router.get("", response=list[InterestOut], summary="Interests sent and received by the caller")
@paginate(PageNumberPagination, page_size=20)
def list_interests(request, filters: Query[InterestQuery]):
    queryset = _interests(request.user)
    if filters.status:
        queryset = queryset.filter(status=filters.status)
    org_ids = _org_ids(request.user)
    return [interest_out(item, request.user, org_ids) for item in queryset]


@router.post(
    "",
    response={201: InterestOut, 422: ErrorsOut},
    openapi_extra=body_schema(InterestIn),
    summary="Express interest in a listing",
)
def express_interest(request):
    payload = json_object(request)
    form = bind(InterestInput, payload, aliases=INTEREST_ALIASES, user=request.user)
    data = form.cleaned_data
    listing = get_object_or_404(readable_listings(request.user), pk=data["listing_id"])
    interest = flow.express_interest(
        listing,
        actor=request.user,
        organisation=data["organisation"],
        from_listing=data["from_listing"],
        message=data["message"],
        answers=form.answers(),
    )
    return Status(201, interest_out(_visible(request, interest.pk), request.user))


@router.get("/{interest_id}", response=InterestOut, summary="One interest")
def get_interest(request, interest_id: int):
    return interest_out(_visible(request, interest_id), request.user)


@router.post("/{interest_id}/accept", response=InterestOut, summary="Accept (the listing's side)")
def accept_interest(request, interest_id: int):
    return _act(request, interest_id, flow.accept_interest)


@router.post(
    "/{interest_id}/decline",
    response={200: InterestOut, 422: ErrorsOut},
    openapi_extra=body_schema(DeclineIn),
    summary="Decline with a reason (the listing's side)",
)
def decline_interest(request, interest_id: int):
    interest = _visible(request, interest_id)
    require(request, "matching.answer_interest", interest)
    form = bind(DeclineForm, json_object(request))
    return _act(request, interest.pk, flow.decline_interest, **form.cleaned_data)


@router.post("/{interest_id}/withdraw", response=InterestOut, summary="Withdraw (the sender)")
def withdraw_interest(request, interest_id: int):
    return _act(request, interest_id, flow.withdraw_interest)


@router.post(
    "/{interest_id}/consent",
    response=InterestOut,
    summary="Agree to share your contact details (a contact person, after acceptance)",
)
def give_consent(request, interest_id: int):
    return _act(request, interest_id, flow.give_contact_consent)


@router.post(
    "/{interest_id}/consent/withdraw",
    response=InterestOut,
    summary="Stop sharing your contact details (from now on; the ledger keeps its record)",
)
def withdraw_consent(request, interest_id: int):
    return _act(request, interest_id, flow.withdraw_contact_consent)


@router.get(
    "/{interest_id}/contacts",
    response=list[ContactOut],
    summary="The other side's contact person, to a contact person, once both have consented",
)
def contacts(request, interest_id: int):
    interest = _visible(request, interest_id)
    found = flow.reveal_contacts(interest, actor=request.user)
    return [asdict(contact) for contact in found]
