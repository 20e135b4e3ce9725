from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from duijie.taskforce.core.letter import build_letter
from duijie.taskforce.domain import replies as reply_domain
from duijie.taskforce.domain.access import visible_proposals
from duijie.taskforce.interfaces.documents import document_bytes, render_documents
from duijie.taskforce.interfaces.pdf import ChineseFontMissing
from duijie.taskforce.interfaces.proposal_forms import ReplyForm
from duijie.taskforce.models import Reply
from duijie.web.views.helpers import require_perm, run_domain
from duijie.web.views.taskforce.proposals import visible_proposal

CONTENT_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}
REPLY_FIELDS = list(ReplyForm.base_fields)


def visible_reply(request, reply_id: int) -> Reply:
    """A reply of a proposal the user may see, or 404."""
    queryset = Reply.objects.filter(proposal__in=visible_proposals(request.user))
    return get_object_or_404(queryset.select_related("proposal__lead_unit"), pk=reply_id)


@login_required
def reply_new(request, proposal_id: int):
    proposal = visible_proposal(request, proposal_id)
    require_perm(request, "taskforce.draft_reply", proposal)
    if (draft := reply_domain.open_draft(proposal)) is not None:
        return redirect("web:taskforce_reply_edit", reply_id=draft.pk)
    initial = {"body": reply_domain.suggested_body(proposal), "disclosure": "proactive"}
    form = ReplyForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        reply = run_domain(
            request,
            reply_domain.draft_reply,
            proposal,
            actor=request.user,
            fields=form.cleaned_data,
            success=_("Draft saved. Check the documents, then issue the reply."),
        )
        if reply is not None:
            return redirect("web:taskforce_reply_detail", reply_id=reply.pk)
    context = {"form": form, "proposal": proposal}
    return render(request, "web/taskforce/reply_form.html", context)


@login_required
def reply_edit(request, reply_id: int):
    reply = visible_reply(request, reply_id)
    require_perm(request, "taskforce.edit_reply", reply)
    if reply.is_issued:
        raise Http404  # an issued reply has no edit page; corrections are new versions
    initial = {name: getattr(reply, name) for name in REPLY_FIELDS}
    form = ReplyForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        done = run_domain(
            request,
            reply_domain.update_draft,
            reply,
            actor=request.user,
            fields=form.cleaned_data,
            success=_("Draft saved."),
        )
        if done is not None:
            return redirect("web:taskforce_reply_detail", reply_id=reply.pk)
    context = {"form": form, "proposal": reply.proposal, "reply": reply}
    return render(request, "web/taskforce/reply_form.html", context)


@login_required
def reply_detail(request, reply_id: int):
    reply = visible_reply(request, reply_id)
    context = {
        "reply": reply,
        "proposal": reply.proposal,
        "letter": build_letter(reply_domain.letter_input(reply)),
        "can_edit": not reply.is_issued and request.user.has_perm("taskforce.edit_reply", reply),
        "can_correct": reply.is_issued and request.user.has_perm("taskforce.edit_reply", reply),
        "is_public": reply_domain.is_public(reply),
    }
    return render(request, "web/taskforce/reply_detail.html", context)


@login_required
@require_POST
def reply_issue(request, reply_id: int):
    reply = visible_reply(request, reply_id)
    require_perm(request, "taskforce.issue_reply", reply.proposal)
    success = _("Reply issued. Its documents are now fixed.")
    try:
        run_domain(
            request,
            reply_domain.issue_reply,
            reply,
            actor=request.user,
            render=render_documents,
            success=success,
        )
    except ChineseFontMissing as error:
        messages.error(request, str(error))
    return redirect("web:taskforce_reply_detail", reply_id=reply.pk)


@login_required
@require_POST
def reply_correct(request, reply_id: int):
    reply = visible_reply(request, reply_id)
    require_perm(request, "taskforce.edit_reply", reply)
    success = _("A new draft version was created; correct it and issue it.")
    draft = run_domain(
        request, reply_domain.start_correction, reply, actor=request.user, success=success
    )
    target = draft or reply
    return redirect("web:taskforce_reply_detail", reply_id=target.pk)


def document_response(reply: Reply, kind: str) -> HttpResponse:
    """The reply's DOCX or PDF as a download named after its document number."""
    if kind not in CONTENT_TYPES:
        raise Http404
    content = document_bytes(reply, kind)
    response = HttpResponse(content, content_type=CONTENT_TYPES[kind])
    name = f"reply-{reply.proposal_id}-v{reply.version}.{kind}"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@login_required
def reply_document(request, reply_id: int, kind: str):
    reply = get_object_or_404(Reply.objects.select_related("proposal__lead_unit"), pk=reply_id)
    if not request.user.has_perm("taskforce.view_reply", reply):
        raise Http404
    return document_response(reply, kind)
