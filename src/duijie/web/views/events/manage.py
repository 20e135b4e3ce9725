"""Organisers' pages: create and edit events, their structure and co-organisers."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from duijie.common import phrases
from duijie.common.errors import DomainError
from duijie.events.domain import events as event_domain
from duijie.events.domain import setup as setup_domain
from duijie.events.interfaces.forms import (
    BreakForm,
    EventForm,
    OrganiserForm,
    RoleForm,
    SessionForm,
    TablesForm,
)
from duijie.events.models import EventBreak, EventSession, ParticipantRole
from duijie.web.views.events.common import get_managed_event
from duijie.web.views.helpers import require_perm, run_domain


@login_required
def event_create(request):
    require_perm(request, "events.create_event")
    form = EventForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        event = run_domain(
            request, event_domain.create_event, actor=request.user, fields=form.domain_fields()
        )
        if event is not None:
            messages.success(request, _("Draft event created. Add its sessions and tables."))
            return redirect("web:events_setup", event_id=event.pk)
    return render(request, "web/events/form.html", {"form": form})


@login_required
def event_edit(request, event_id: int):
    event = get_managed_event(request, event_id)
    form = EventForm(request.POST or None, instance=event)
    if request.method == "POST" and form.is_valid():
        try:
            event_domain.update_event(event, actor=request.user, fields=form.domain_fields())
        except DomainError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, phrases.CHANGES_SAVED)
            return redirect("web:events_detail", event_id=event.pk)
    return render(request, "web/events/form.html", {"form": form, "event": event})


def _status_view(action: Callable, success) -> Callable:
    """A POST-only view that publishes or cancels the event and returns to its page."""

    @login_required
    @require_POST
    def view(request, event_id: int):
        event = get_managed_event(request, event_id)
        run_domain(request, action, event, actor=request.user, success=success)
        return redirect("web:events_detail", event_id=event.pk)

    return view


event_publish = _status_view(event_domain.publish_event, gettext_lazy("Published."))
event_cancel = _status_view(event_domain.cancel_event, gettext_lazy("Cancelled."))


def _setup_page(request, event, status=200, **bound):
    forms = {
        "session_form": SessionForm(event=event, initial={"has_meetings": True}),
        "break_form": BreakForm(event=event),
        "tables_form": TablesForm(
            initial={"labels": "\n".join(t.label for t in event.tables.all())}
        ),
        "role_form": RoleForm(),
        "organiser_form": OrganiserForm(),
    }
    forms.update(bound)
    context = {
        "event": event,
        "sessions": event.sessions.all(),
        "breaks": event.breaks.all(),
        "roles": event.roles.all(),
        "organisers": event.organisers.order_by("full_name"),
        "slot_count": event.slots.count(),
        "table_count": event.tables.count(),
        **forms,
    }
    return render(request, "web/events/setup.html", context, status=status)


@login_required
def event_setup(request, event_id: int):
    return _setup_page(request, get_managed_event(request, event_id))


def _submit(request, event, form, key: str, action):
    """Run `action(form)` for a valid form; otherwise show the setup page with the errors."""
    if form.is_valid():
        try:
            action(form)
        except DomainError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Saved."))
            return redirect("web:events_setup", event_id=event.pk)
    return _setup_page(request, event, status=400, **{key: form})


def _setup_form_view(key: str, build_form: Callable, action: Callable) -> Callable:
    """A POST-only view for one set-up form: `build_form(request, event)` binds it and
    `action(event, actor, form)` calls the domain with its cleaned data."""

    @login_required
    @require_POST
    def view(request, event_id: int):
        event = get_managed_event(request, event_id)
        form = build_form(request, event)
        return _submit(request, event, form, key, lambda f: action(event, request.user, f))

    return view


session_add = _setup_form_view(
    "session_form",
    lambda request, event: SessionForm(request.POST, event=event),
    lambda event, actor, f: setup_domain.add_session(
        event, actor=actor, fields=f.fields_for_domain()
    ),
)
break_add = _setup_form_view(
    "break_form",
    lambda request, event: BreakForm(request.POST, event=event),
    lambda event, actor, f: setup_domain.add_break(
        event, actor=actor, fields=f.fields_for_domain()
    ),
)
tables_set = _setup_form_view(
    "tables_form",
    lambda request, event: TablesForm(request.POST),
    lambda event, actor, f: setup_domain.set_tables(
        event, actor=actor, labels=f.cleaned_data["table_labels"]
    ),
)
role_add = _setup_form_view(
    "role_form",
    lambda request, event: RoleForm(request.POST),
    lambda event, actor, f: setup_domain.add_role(event, actor=actor, **f.cleaned_data),
)
organiser_add = _setup_form_view(
    "organiser_form",
    lambda request, event: OrganiserForm(request.POST),
    lambda event, actor, f: event_domain.add_organiser(
        event, actor=actor, email=f.cleaned_data["email"]
    ),
)


@login_required
@require_POST
def organiser_remove(request, event_id: int, user_id: int):
    event = get_managed_event(request, event_id)
    user = get_object_or_404(event.organisers, pk=user_id)
    run_domain(
        request,
        event_domain.remove_organiser,
        event,
        actor=request.user,
        user=user,
        success=_("Removed."),
    )
    return redirect("web:events_setup", event_id=event.pk)


def _setup_delete_view(model: type, id_name: str, action: Callable) -> Callable:
    """A POST-only view removing one of the event's `model` objects (named by `id_name`)."""

    @login_required
    @require_POST
    def view(request, event_id: int, **ids: int):
        event = get_managed_event(request, event_id)
        item = get_object_or_404(model, pk=ids[id_name], event=event)
        run_domain(request, action, item, actor=request.user, success=_("Removed."))
        return redirect("web:events_setup", event_id=event.pk)

    return view


session_delete = _setup_delete_view(EventSession, "session_id", setup_domain.delete_session)
break_delete = _setup_delete_view(EventBreak, "break_id", setup_domain.delete_break)
role_delete = _setup_delete_view(ParticipantRole, "role_id", setup_domain.delete_role)
