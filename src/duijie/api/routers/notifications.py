"""API of the notification centre: my notifications newest first, and marking them read.

Only the caller's own notifications exist here; another user's number is simply not found
(marking it read changes nothing). The body of a mark-read call is bound to the page's form,
so errors are the page's, in the caller's language (422).
"""

from __future__ import annotations

import datetime

from ninja import Field, Query, Router, Schema
from ninja.security import django_auth

from duijie.api.pagination import MAX_PAGE, MAX_PAGE_SIZE
from duijie.api.writes import ErrorsOut, bind, body_schema, json_object
from duijie.common import notifications as centre
from duijie.common.interfaces.forms import MarkReadForm

router = Router(auth=django_auth)

PAGE_SIZE = 20


class NotificationOut(Schema):
    id: int
    kind: str = Field(description="e.g. `interest_received`, `message`, `meeting_request`")
    kind_label: str = Field(description="the kind in the caller's language")
    title: str
    body: str
    url: str
    created_at: datetime.datetime
    read_at: datetime.datetime | None


class NotificationsOut(Schema):
    count: int
    unread: int
    items: list[NotificationOut]


class PageIn(Schema):
    page: int = Field(1, ge=1, le=MAX_PAGE)
    page_size: int = Field(PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE)
    unread: bool = Field(False, description="only the unread ones")


class MarkReadIn(Schema):
    ids: list[int] | None = Field(None, description="the notifications to mark read")
    all: bool = Field(False, description="mark every notification read instead")


class MarkedOut(Schema):
    marked: int
    unread: int


def _out(item) -> dict:
    names = ("id", "kind", "title", "body", "url", "created_at", "read_at")
    return {**{name: getattr(item, name) for name in names}, "kind_label": item.get_kind_display()}


@router.get("", response=NotificationsOut, summary="My notifications, newest first")
def list_notifications(request, paging: Query[PageIn]):
    queryset = centre.notifications_of(request.user)
    if paging.unread:
        queryset = queryset.filter(read_at__isnull=True)
    start = (paging.page - 1) * paging.page_size
    return {
        "count": queryset.count(),
        "unread": centre.unread_count(request.user),
        "items": [_out(item) for item in queryset[start : start + paging.page_size]],
    }


@router.post(
    "/read",
    response={200: MarkedOut, 422: ErrorsOut},
    openapi_extra=body_schema(MarkReadIn),
    summary="Mark some (`ids`) or all (`all: true`) of my notifications read",
)
def mark_read(request):
    form = bind(MarkReadForm, json_object(request))
    marked = centre.mark_read(request.user, ids=form.chosen_ids())
    return {"marked": marked, "unread": centre.unread_count(request.user)}
