"""The public page of proposal replies marked 主动公开 (no login needed)."""

from __future__ import annotations

from django.shortcuts import get_object_or_404, render

from duijie.taskforce.core.letter import build_letter
from duijie.taskforce.domain.replies import letter_input, public_replies
from duijie.web.views.helpers import paginate
from duijie.web.views.taskforce.replies import document_response

MAX_QUERY_LENGTH = 200


def public_reply_list(request):
    replies = public_replies().select_related("proposal__lead_unit").order_by("-reply_date", "-id")
    text = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    for term in text.split():
        replies = replies.filter(proposal__subject__icontains=term)
    context = {"page": paginate(request, replies), "q": text}
    return render(request, "web/taskforce/public_list.html", context)


def public_reply_detail(request, reply_id: int):
    reply = get_object_or_404(public_replies().select_related("proposal__lead_unit"), pk=reply_id)
    letter = build_letter(letter_input(reply))
    return render(request, "web/taskforce/public_detail.html", {"reply": reply, "letter": letter})


def public_reply_document(request, reply_id: int):
    reply = get_object_or_404(public_replies(), pk=reply_id)
    return document_response(reply, "pdf")
