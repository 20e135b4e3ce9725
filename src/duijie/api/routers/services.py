"""API of company services: consulting requests, with the same rules as the pages.

Requesters get their own requests without internal notes (those have their own endpoint,
refused to anyone who does not handle the request). Writes need the session's CSRF token.
"""

import datetime

from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from ninja import Query, Router, Schema
from ninja.errors import HttpError
from ninja.pagination import paginate
from ninja.security import django_auth
from pydantic import Field

from duijie.api.access import require
from duijie.api.pagination import PageNumberPagination
from duijie.common.errors import DomainError, PermissionDenied
from duijie.directory.models import Department, Organisation, User
from duijie.services.domain import handling
from duijie.services.domain.history import request_history
from duijie.services.domain.queries import (
    RequestFilters,
    filter_requests,
    visible_requests,
)
from duijie.services.domain.rating import rate_request
from duijie.services.domain.submission import submit_request
from duijie.services.models import ConsultingRequest, RequestCategory

router = Router(auth=django_auth)


class DepartmentOut(Schema):
    code: str
    name_zh: str
    name_en: str


class CategoryOut(Schema):
    code: str
    name_zh: str
    name_en: str
    description_zh: str
    description_en: str
    department: DepartmentOut | None
    response_working_days: int | None


class RequestMessageOut(Schema):
    from_department: DepartmentOut | None
    body: str
    content_locale: str
    created_at: datetime.datetime


class RequestEventOut(Schema):
    kind: str
    to_status: str
    to_department: DepartmentOut | None
    reason: str
    created_at: datetime.datetime


class AttachmentOut(Schema):
    id: int
    original_name: str
    content_type: str
    size: int
    download_url: str


class RequestSummaryOut(Schema):
    id: int
    reference: str
    category: str
    subject: str
    content_locale: str
    status: str
    department: DepartmentOut
    organisation_id: int | None
    due_on: datetime.date
    created_at: datetime.datetime
    closed_at: datetime.datetime | None


class ConsultingRequestOut(RequestSummaryOut):
    description: str
    messages: list[RequestMessageOut]
    attachments: list[AttachmentOut]
    history: list[RequestEventOut]
    rating: int | None


class TransferOut(Schema):
    id: int
    reference: str
    status: str
    department: DepartmentOut


class NoteOut(Schema):
    author: str
    body: str
    created_at: datetime.datetime


class ConsultingRequestIn(Schema):
    category: str
    subject: str = Field(max_length=200)
    description: str = Field(max_length=10000)
    content_locale: str = "zh-hans"
    organisation_id: int | None = None


class TextIn(Schema):
    body: str = Field(max_length=10000)
    content_locale: str = "zh-hans"


class NoteIn(Schema):
    body: str = Field(max_length=10000)


class AssignIn(Schema):
    assignee_id: int


class TransferIn(Schema):
    department: str
    reason: str = Field(max_length=2000)


class CloseIn(Schema):
    remark: str = Field(default="", max_length=2000)


class RatingIn(Schema):
    score: int = Field(ge=1, le=5)
    comment: str = Field(default="", max_length=2000)


class RequestQuery(Schema):
    q: str = ""
    status: str = ""
    category: str = ""
    department: str = ""
    assignee: str = ""
    overdue: bool = False


def _summary(item: ConsultingRequest) -> dict:
    fields = {name: getattr(item, name) for name in RequestSummaryOut.model_fields}
    fields["category"] = item.category.code
    return fields


def _detail(item: ConsultingRequest, user) -> dict:
    handler = user.has_perm("services.view_internal_notes", item)
    history = request_history(item, internal=handler)
    data = _summary(item)
    data.update(
        description=item.description,
        messages=list(item.messages.select_related("from_department")),
        attachments=[_attachment(a) for a in item.attachments.all()],
        history=history,
        rating=getattr(getattr(item, "rating", None), "score", None),
    )
    return data


def _attachment(attachment) -> dict:

    url = reverse("web:services_attachment_download", args=[attachment.pk])
    fields = {name: getattr(attachment, name) for name in ("id", "original_name", "size")}
    return {**fields, "content_type": attachment.content_type, "download_url": url}


def _visible(request, request_id: int) -> ConsultingRequest:
    queryset = visible_requests(request.user).select_related("category", "department")
    return get_object_or_404(queryset, pk=request_id)


def action(*args, **kwargs):
    """Domain refusals become 403 (permission) or 400 (business rule) with the message."""
    try:
        return action(*args, **kwargs)
    except PermissionDenied as error:
        raise HttpError(403, str(error.message)) from None
    except DomainError as error:
        raise HttpError(400, str(error.message)) from None


@router.get("/categories", response=list[CategoryOut], auth=None, summary="Request topics")
def list_categories(request):
    categories = RequestCategory.objects.filter(is_active=True)
    return [_category(c) for c in categories.select_related("routing_rule__department")]


def _category(category) -> dict:
    rule = getattr(category, "routing_rule", None)
    fields = {name: getattr(category, name) for name in ("code", "name_zh", "name_en")}
    fields.update(description_zh=category.description_zh, description_en=category.description_en)
    fields["department"] = rule.department if rule else None
    fields["response_working_days"] = rule.response_working_days if rule else None
    return fields


@router.get("/requests", response=list[RequestSummaryOut], summary="Requests the caller may see")
@paginate(PageNumberPagination, page_size=20)
def list_requests(request, filters: Query[RequestQuery]):
    queryset = visible_requests(request.user).select_related("category", "department")
    queryset = filter_requests(
        queryset, RequestFilters(**filters.dict()), user=request.user, today=timezone.localdate()
    )
    return [_summary(item) for item in queryset]


@router.get("/requests/{request_id}", response=ConsultingRequestOut, summary="One request")
def get_request(request, request_id: int):
    return _detail(_visible(request, request_id), request.user)


@router.get("/requests/{request_id}/notes", response=list[NoteOut], summary="Internal notes")
def list_notes(request, request_id: int):
    item = _visible(request, request_id)
    require(request, "services.view_internal_notes", item)
    notes = item.internal_notes.select_related("author")
    return [
        {
            "author": n.author.full_name if n.author else "",
            "body": n.body,
            "created_at": n.created_at,
        }
        for n in notes
    ]


@router.post(
    "/requests", response={201: ConsultingRequestOut}, summary="Submit a request (no files)"
)
def create_request(request, payload: ConsultingRequestIn):
    category = get_object_or_404(RequestCategory, code=payload.category)
    organisation = None
    if payload.organisation_id is not None:
        organisation = get_object_or_404(Organisation, pk=payload.organisation_id)
    item = submit_request(
        actor=request.user,
        category=category,
        organisation=organisation,
        subject=payload.subject,
        description=payload.description,
        content_locale=payload.content_locale,
    )
    return 201, _detail(item, request.user)


@router.post(
    "/requests/{request_id}/replies", response=ConsultingRequestOut, summary="Reply (department)"
)
def reply(request, request_id: int, payload: TextIn):
    item = _visible(request, request_id)
    handling.reply_to_request(item, actor=request.user, **payload.dict())
    return _detail(_visible(request, request_id), request.user)


@router.post(
    "/requests/{request_id}/follow-ups", response=ConsultingRequestOut, summary="Follow up"
)
def follow_up(request, request_id: int, payload: TextIn):
    item = _visible(request, request_id)
    handling.follow_up_request(item, actor=request.user, **payload.dict())
    return _detail(_visible(request, request_id), request.user)


@router.post("/requests/{request_id}/notes", response={201: NoteOut}, summary="Internal note")
def add_note(request, request_id: int, payload: NoteIn):
    item = _visible(request, request_id)
    note = handling.add_internal_note(item, actor=request.user, body=payload.body)
    return 201, {"author": request.user.full_name, "body": note.body, "created_at": note.created_at}


@router.post("/requests/{request_id}/assign", response=ConsultingRequestOut, summary="Assign")
def assign(request, request_id: int, payload: AssignIn):
    item = _visible(request, request_id)
    assignee = get_object_or_404(User, pk=payload.assignee_id)
    handling.assign_request(item, actor=request.user, assignee=assignee)
    return _detail(_visible(request, request_id), request.user)


@router.post("/requests/{request_id}/transfer", response=TransferOut, summary="Transfer")
def transfer(request, request_id: int, payload: TransferIn):
    """Only the new state is returned: the old department no longer sees the request."""
    item = _visible(request, request_id)
    department = get_object_or_404(Department, code=payload.department)
    moved = handling.transfer_request(
        item,
        actor=request.user,
        department=department,
        reason=payload.reason,
    )
    return {
        "id": moved.pk,
        "reference": moved.reference,
        "status": moved.status,
        "department": moved.department,
    }


@router.post("/requests/{request_id}/close", response=ConsultingRequestOut, summary="Close")
def close(request, request_id: int, payload: CloseIn):
    item = _visible(request, request_id)
    handling.close_request(item, actor=request.user, remark=payload.remark)
    return _detail(_visible(request, request_id), request.user)


@router.post("/requests/{request_id}/rating", response={201: ConsultingRequestOut}, summary="Rate")
def rate(request, request_id: int, payload: RatingIn):
    item = _visible(request, request_id)
    rate_request(item, actor=request.user, score=payload.score, comment=payload.comment)
    return 201, _detail(_visible(request, request_id), request.user)
