"""Pages of the conversations on interests and meeting requests (the rules are the domain's)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from duijie.events.models import MeetingRequest
from duijie.matching.domain import conversations as talk
from duijie.matching.interfaces.conversation_forms import MessageForm, ReportForm
from duijie.matching.models import Interest, MessageAttachment
from duijie.web.views.helpers import require_perm, run_domain


def conversation_context(request, subject, form: MessageForm | None = None) -> dict:
    """What the conversation block shows; reading it marks it read for the viewer."""
    user = request.user
    if not user.has_perm("matching.read_conversation", subject):
        return {"conversation": None}
    shown = talk.thread_messages(subject, actor=user)
    talk.mark_thread_read(subject, actor=user)
    return {
        "conversation": {
            "messages": shown,
            "form": form or MessageForm(),
            "can_post": user.has_perm("matching.post_message", subject),
            "can_report": user.has_perm("matching.report_conversation", subject),
            "report_form": ReportForm(),
            "thread": talk.thread_of(subject),
        }
    }


def post_from_page(request, subject) -> MessageForm | None:
    """Post the page's message; None on success, else the bound form to show again."""
    form = MessageForm(request.POST, request.FILES)
    if form.is_valid():
        posted = run_domain(
            request,
            talk.post_message,
            subject,
            actor=request.user,
            body=form.cleaned_data["body"],
            uploads=form.cleaned_data["files"],
        )
        if posted is not None:
            return None
    return form


def report_from_page(request, subject) -> None:
    form = ReportForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Say in a few words what is wrong (up to 1,000 characters)."))
        return
    run_domain(
        request,
        talk.report_thread,
        subject,
        actor=request.user,
        reason=form.cleaned_data["reason"],
        success=_("Thank you. Platform staff will look at this conversation."),
    )


def _meeting_request(request, request_id: int) -> MeetingRequest:
    related = ("event", "sender__user", "sender__organisation", "receiver__user")
    found = get_object_or_404(
        MeetingRequest.objects.select_related(*related, "receiver__organisation"), pk=request_id
    )
    if not request.user.has_perm("matching.read_conversation", found):
        raise Http404
    return found


@login_required
def meeting_request_thread(request, request_id: int):
    meeting_request = _meeting_request(request, request_id)
    form = None
    if request.method == "POST":
        if "reason" in request.POST:
            report_from_page(request, meeting_request)
            return redirect("web:meeting_request_thread", request_id=request_id)
        form = post_from_page(request, meeting_request)
        if form is None:
            return redirect("web:meeting_request_thread", request_id=request_id)
    context = {"meeting_request": meeting_request}
    context.update(conversation_context(request, meeting_request, form))
    return render(request, "web/matching/meeting_thread.html", context)


@login_required
@require_POST
def interest_report(request, interest_id: int):
    interest = get_object_or_404(Interest, pk=interest_id)
    if not request.user.has_perm("matching.read_conversation", interest):
        raise Http404
    report_from_page(request, interest)
    return redirect("web:interest_detail", interest_id=interest_id)


@login_required
def message_file(request, file_id: int):
    """Files are served only through this check, never from a public media URL."""
    related = ("message__thread__interest__listing", "message__thread__meeting_request__sender")
    attachment = get_object_or_404(MessageAttachment.objects.select_related(*related), pk=file_id)
    if not request.user.has_perm("matching.read_conversation", attachment.message.thread.subject):
        raise Http404
    try:
        handle = attachment.file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=attachment.original_name,
        content_type=attachment.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
def reported_threads(request):
    """The staff's queue of reported conversations."""
    require_perm(request, "matching.review_reports")
    return render(request, "web/matching/reported.html", {"threads": talk.reported_threads()})


@login_required
def reported_thread(request, thread_id: int):
    """One reported conversation, read by staff (any other thread is 404 to them)."""
    thread = get_object_or_404(talk.reported_threads(), pk=thread_id)
    if not request.user.has_perm("matching.read_conversation", thread.subject):
        raise Http404
    shown = talk.thread_messages(thread.subject, actor=request.user)
    return render(request, "web/matching/reported_thread.html", {"thread": thread, "shown": shown})
