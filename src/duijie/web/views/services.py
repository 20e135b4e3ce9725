"""Company services: consulting requests for requesters, departments and administrators.

Every view finds the request through visible_requests (so a request the user may not see
is a 404) and checks the action's permission on the server before the domain function
checks it again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from duijie.common.exports import xlsx_response
from duijie.policies.domain.relations import link_policy_to_request, unlink_policy_from_request
from duijie.policies.models import Policy
from duijie.services.domain import handling
from duijie.services.domain.attachments import add_attachments
from duijie.services.domain.exports import export_headers, export_rows
from duijie.services.domain.history import request_history
from duijie.services.domain.queries import (
    RequestFilters,
    filter_requests,
    visible_requests,
)
from duijie.services.domain.rating import rate_request
from duijie.services.domain.routing import set_routing_rule
from duijie.services.domain.submission import submit_request
from duijie.services.interfaces import forms
from duijie.services.models import ConsultingRequest, RequestAttachment, RequestCategory
from duijie.web.views.helpers import paginate, require_perm, run_domain


def services_home(request):
    categories = RequestCategory.objects.filter(is_active=True).select_related(
        "routing_rule__department"
    )
    return render(request, "web/services/home.html", {"categories": categories})


def _list_context(request):
    user = request.user
    form = forms.RequestFilterForm(
        request.GET or None,
        show_department=user.has_perm("services.view_all_requests"),
        show_assignee=user.has_perm("services.handle_requests"),
    )
    queryset = visible_requests(user)
    if form.is_valid():
        filters = RequestFilters(**{"department": "", "assignee": "", **form.cleaned_data})
        queryset = filter_requests(queryset, filters, user=user, today=timezone.localdate())
    return form, queryset


@login_required
def request_list(request):
    form, queryset = _list_context(request)
    queryset = queryset.select_related("category", "department", "organisation", "assignee")
    context = {"form": form, "page": paginate(request, queryset), "today": timezone.localdate()}
    return render(request, "web/services/list.html", context)


@login_required
def request_export(request):
    _form, queryset = _list_context(request)
    rows = export_rows(queryset, today=timezone.localdate())
    stamp = timezone.localdate().isoformat()
    return xlsx_response(f"consulting-requests-{stamp}", export_headers(), rows, _("Requests"))


@login_required
def request_create(request):
    require_perm(request, "services.submit_request")
    initial = {"content_locale": request.LANGUAGE_CODE}
    form = forms.RequestForm(
        request.POST or None, request.FILES or None, user=request.user, initial=initial
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        created = run_domain(
            request,
            submit_request,
            actor=request.user,
            category=data["category"],
            organisation=data["organisation"],
            subject=data["subject"],
            description=data["description"],
            content_locale=data["content_locale"],
            uploads=data["attachments"],
        )
        if created is not None:
            messages.success(
                request,
                _("Your request has been sent to %(department)s.")
                % {"department": created.department.name},
            )
            return redirect("web:services_request_detail", request_id=created.pk)
    return render(request, "web/services/form.html", {"form": form})


def get_visible_request(request, request_id: int) -> ConsultingRequest:
    """A request the user may see, or 404: others' requests look like no request at all."""
    queryset = visible_requests(request.user).select_related(
        "category", "department", "organisation", "requester", "assignee"
    )
    return get_object_or_404(queryset, pk=request_id)


def _action_forms(request, item: ConsultingRequest) -> dict:
    """Blank forms for each action the user may take on this request."""
    user, handler = request.user, request.user.has_perm("services.handle_request", item)
    language = {"content_locale": request.LANGUAGE_CODE}
    available = {
        "assign_form": handler and forms.AssignForm(department_id=item.department_id),
        "reply_form": handler and forms.ReplyForm(initial=language),
        "note_form": handler and forms.NoteForm(),
        "transfer_form": handler and forms.TransferForm(current_department_id=item.department_id),
        "close_form": handler and forms.CloseForm(),
        "link_form": handler and forms.LinkPolicyForm(),
        "follow_up_form": user.has_perm("services.follow_up_request", item)
        and forms.FollowUpForm(initial=language),
        "attach_form": user.has_perm("services.add_attachment", item)
        and forms.AddAttachmentsForm(already_attached=item.attachments.count()),
        "rating_form": user.has_perm("services.rate_request", item)
        and not hasattr(item, "rating")
        and forms.RatingForm(),
    }
    return {name: form for name, form in available.items() if form}


def _render_detail(request, item: ConsultingRequest, status: int = 200, **bound_forms):
    user = request.user
    sees_notes = user.has_perm("services.view_internal_notes", item)
    context = {
        "item": item,
        "is_handler": sees_notes,
        "conversation": item.messages.select_related("author", "from_department"),
        "notes": item.internal_notes.select_related("author", "department") if sees_notes else (),
        "history": request_history(item, internal=sees_notes),
        "attachments": item.attachments.all(),
        "policies": item.policies.filter(is_published=True),
        "rating": getattr(item, "rating", None),
        "today": timezone.localdate(),
        **_action_forms(request, item),
        **bound_forms,
    }
    return render(request, "web/services/detail.html", context, status=status)


@login_required
def request_detail(request, request_id: int):
    return _render_detail(request, get_visible_request(request, request_id))


@dataclass(frozen=True)
class Action:
    """One POST action on a request: who may, which form, which domain function."""

    perm: str
    form_name: str
    build_form: Callable  # (request, item) -> bound form
    run: Callable
    success: str


def _plain(form_class):
    return lambda request, item: form_class(request.POST)


HANDLE = "services.handle_request"
ACTIONS = {
    "assign": Action(
        HANDLE,
        "assign_form",
        lambda request, item: forms.AssignForm(request.POST, department_id=item.department_id),
        handling.assign_request,
        gettext_lazy("Assigned."),
    ),
    "reply": Action(
        HANDLE,
        "reply_form",
        _plain(forms.ReplyForm),
        handling.reply_to_request,
        gettext_lazy("Reply sent to the requester."),
    ),
    "note": Action(
        HANDLE,
        "note_form",
        _plain(forms.NoteForm),
        handling.add_internal_note,
        gettext_lazy("Internal note saved."),
    ),
    "transfer": Action(
        HANDLE,
        "transfer_form",
        lambda request, item: forms.TransferForm(
            request.POST, current_department_id=item.department_id
        ),
        handling.transfer_request,
        gettext_lazy("Transferred."),
    ),
    "close": Action(
        HANDLE,
        "close_form",
        _plain(forms.CloseForm),
        handling.close_request,
        gettext_lazy("Request closed."),
    ),
    "follow_up": Action(
        "services.follow_up_request",
        "follow_up_form",
        _plain(forms.FollowUpForm),
        handling.follow_up_request,
        gettext_lazy("Message sent."),
    ),
    "rate": Action(
        "services.rate_request",
        "rating_form",
        _plain(forms.RatingForm),
        rate_request,
        gettext_lazy("Thank you for your rating."),
    ),
    "attach": Action(
        "services.add_attachment",
        "attach_form",
        lambda request, item: forms.AddAttachmentsForm(
            request.POST, request.FILES, already_attached=item.attachments.count()
        ),
        add_attachments,
        gettext_lazy("Files added."),
    ),
}


@login_required
@require_POST
def request_action(request, request_id: int, action: str):
    """Find, check, validate, call the domain, redirect; invalid input re-renders the page."""
    spec = ACTIONS[action]
    item = get_visible_request(request, request_id)
    require_perm(request, spec.perm, item)
    form = spec.build_form(request, item)
    if not form.is_valid():
        return _render_detail(request, item, status=400, **{spec.form_name: form})
    run_domain(
        request, spec.run, item, actor=request.user, success=spec.success, **form.cleaned_data
    )
    return redirect("web:services_request_detail", request_id=item.pk)


@login_required
@require_POST
def request_link_policy(request, request_id: int):
    item = get_visible_request(request, request_id)
    require_perm(request, "services.handle_request", item)
    form = forms.LinkPolicyForm(request.POST)
    if not form.is_valid():
        return _render_detail(request, item, status=400, link_form=form)
    policy = form.cleaned_data["policy"]
    run_domain(request, link_policy_to_request, policy, actor=request.user, consulting_request=item)
    return redirect("web:services_request_detail", request_id=item.pk)


@login_required
@require_POST
def request_unlink_policy(request, request_id: int, policy_id: int):
    item = get_visible_request(request, request_id)
    require_perm(request, "services.handle_request", item)
    policy = get_object_or_404(Policy, pk=policy_id)
    run_domain(
        request, unlink_policy_from_request, policy, actor=request.user, consulting_request=item
    )
    return redirect("web:services_request_detail", request_id=item.pk)


@login_required
def attachment_download(request, attachment_id: int):
    """Files are served only through this check, never from a public media URL."""
    attachment = get_object_or_404(
        RequestAttachment.objects.select_related("request"), pk=attachment_id
    )
    if not request.user.has_perm("services.view_request", attachment.request):
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
def routing_rules(request):
    require_perm(request, "services.manage_routing")
    categories = RequestCategory.objects.select_related("routing_rule__department")
    rows = [(category, _routing_form(category)) for category in categories]
    return render(request, "web/services/routing.html", {"rows": rows})


def _routing_form(category, data=None) -> forms.RoutingRuleForm:
    rule = getattr(category, "routing_rule", None)
    initial = {"response_working_days": 5, "reminder_working_days": 1}
    if rule is not None:
        initial = {
            "department": rule.department_id,
            "response_working_days": rule.response_working_days,
            "reminder_working_days": rule.reminder_working_days,
        }
    return forms.RoutingRuleForm(data, initial=initial, prefix=category.code)


@login_required
@require_POST
def routing_rule_save(request, category_code: str):
    require_perm(request, "services.manage_routing")
    category = get_object_or_404(RequestCategory, code=category_code)
    form = _routing_form(category, request.POST)
    if form.is_valid():
        run_domain(
            request,
            set_routing_rule,
            category,
            actor=request.user,
            success=_("Routing saved."),
            **form.cleaned_data,
        )
        return redirect("web:services_routing")
    categories = RequestCategory.objects.select_related("routing_rule__department")
    rows = [(c, form if c.pk == category.pk else _routing_form(c)) for c in categories]
    return render(request, "web/services/routing.html", {"rows": rows}, status=400)
