"""API of the conversation on an interest: read, post, mark read, report.

Only the interest's two organisations reach it (404 for anyone else, as for the interest);
the body is checked by the page's form (422, in the caller's language) and then by the
domain; authors are named only as far as the contact exchange allows.
"""

import datetime
from dataclasses import asdict

from django.shortcuts import get_object_or_404
from django.urls import reverse
from ninja import Router, Schema
from ninja.responses import Status
from ninja.security import django_auth
from pydantic import Field

from duijie.api.writes import ErrorsOut, bind, body_schema, json_object
from duijie.matching.domain import conversations as talk
from duijie.matching.domain.queries import visible_interests
from duijie.matching.interfaces.conversation_forms import MessageForm, ReportForm
from duijie.matching.models import Interest

router = Router(auth=django_auth)


class FileOut(Schema):
    id: int
    name: str
    size: int
    url: str


class MessageOut(Schema):
    id: int
    author: str = Field(description="Organisation (or anonymous) until contacts are exchanged")
    mine: bool
    body: str = Field(description="Plain text as written; escape it when showing it as HTML")
    content_locale: str
    created_at: datetime.datetime
    attachments: list[FileOut]


class ThreadOut(Schema):
    unread: int = Field(description="Messages of the other side the caller has not read")
    items: list[MessageOut]


class MessageIn(Schema):
    body: str = Field(max_length=talk.MAX_MESSAGE_LENGTH)


class ReportIn(Schema):
    reason: str = Field(max_length=1000)


class ReadOut(Schema):
    marked: int = Field(description="How many messages were unread")


class ReportOut(Schema):
    reported_at: datetime.datetime


def _interest(request, interest_id: int) -> Interest:
    related = ("listing__organisation", "from_organisation", "from_user", "responded_by")
    queryset = visible_interests(request.user).select_related(*related)
    return get_object_or_404(queryset, pk=interest_id)


def _message_out(view: talk.MessageView) -> dict:
    fields = asdict(view)
    fields["attachments"] = [
        {**asdict(f), "url": reverse("web:message_file", args=[f.id])} for f in view.attachments
    ]
    return fields


def _thread_out(request, interest: Interest) -> dict:
    views = talk.thread_messages(interest, actor=request.user)
    unread = talk.unread_in(interest, user=request.user)
    return {"unread": unread, "items": [_message_out(view) for view in views]}


@router.get("/{interest_id}/messages", response=ThreadOut, summary="The interest's conversation")
def list_messages(request, interest_id: int):
    return _thread_out(request, _interest(request, interest_id))


@router.post(
    "/{interest_id}/messages",
    response={201: MessageOut, 422: ErrorsOut},
    openapi_extra=body_schema(MessageIn),
    summary="Write in the interest's conversation (files go through the page)",
)
def post_message(request, interest_id: int):
    interest = _interest(request, interest_id)
    form = bind(MessageForm, json_object(request))
    message = talk.post_message(interest, actor=request.user, body=form.cleaned_data["body"])
    view = next(v for v in talk.thread_messages(interest, actor=request.user) if v.id == message.pk)
    return Status(201, _message_out(view))


@router.post("/{interest_id}/messages/read", response=ReadOut, summary="Mark the conversation read")
def mark_read(request, interest_id: int):
    interest = _interest(request, interest_id)
    return {"marked": talk.mark_thread_read(interest, actor=request.user)}


@router.post(
    "/{interest_id}/messages/report",
    response={200: ReportOut, 422: ErrorsOut},
    openapi_extra=body_schema(ReportIn),
    summary="Ask platform staff to look at this conversation",
)
def report(request, interest_id: int):
    interest = _interest(request, interest_id)
    form = bind(ReportForm, json_object(request))
    thread = talk.report_thread(interest, actor=request.user, reason=form.cleaned_data["reason"])
    return {"reported_at": thread.reported_at}
