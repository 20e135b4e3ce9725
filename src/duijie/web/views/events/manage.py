"""Organisers' pages: create and edit events, their structure and co-organisers."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from duijie.common.errors import DomainError
from duijie.events.domain import events as event_domain
from duijie.events.domain import setup as setup_domain
from duijie.events.models import EventBreak, EventSession, ParticipantRole
from duijie.web.forms.events import (
    BreakForm,
    EventForm,
    OrganiserForm,
    RoleForm,
    SessionForm,
    TablesForm,
)
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
            messages.success(request, _("Changes saved."))
            return redirect("web:events_detail", event_id=event.pk)
    return render(request, "web/events/form.html", {"form": form, "event": event})


@login_required
@require_POST
def event_publish(request, event_id: int):
    event = get_managed_event(request, event_id)
    run_domain(
        request, event_domain.publish_event, event, actor=request.user, success=_("Published.")
    )
    return redirect("web:events_detail", event_id=event.pk)


@login_required
@require_POST
def event_cancel(request, event_id: int):
    event = get_managed_event(request, event_id)
    run_domain(
        request, event_domain.cancel_event, event, actor=request.user, success=_("Cancelled.")
    )
    return redirect("web:events_detail", event_id=event.pk)


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


@login_required
@require_POST
def session_add(request, event_id: int):
    event = get_managed_event(request, event_id)
    form = SessionForm(request.POST, event=event)
    return _submit(
        request,
        event,
        form,
        "session_form",
        lambda f: setup_domain.add_session(event, actor=request.user, fields=f.fields_for_domain()),
    )


@login_required
@require_POST
def break_add(request, event_id: int):
    event = get_managed_event(request, event_id)
    form = BreakForm(request.POST, event=event)
    return _submit(
        request,
        event,
        form,
        "break_form",
        lambda f: setup_domain.add_break(event, actor=request.user, fields=f.fields_for_domain()),
    )


@login_required
@require_POST
def tables_set(request, event_id: int):
    event = get_managed_event(request, event_id)
    form = TablesForm(request.POST)
    return _submit(
        request,
        event,
        form,
        "tables_form",
        lambda f: setup_domain.set_tables(
            event, actor=request.user, labels=f.cleaned_data["table_labels"]
        ),
    )


@login_required
@require_POST
def role_add(request, event_id: int):
    event = get_managed_event(request, event_id)
    form = RoleForm(request.POST)
    return _submit(
        request,
        event,
        form,
        "role_form",
        lambda f: setup_domain.add_role(event, actor=request.user, **f.cleaned_data),
    )


@login_required
@require_POST
def organiser_add(request, event_id: int):
    event = get_managed_event(request, event_id)
    form = OrganiserForm(request.POST)
    return _submit(
        request,
        event,
        form,
        "organiser_form",
        lambda f: event_domain.add_organiser(
            event, actor=request.user, email=f.cleaned_data["email"]
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


@login_required
@require_POST
def session_delete(request, event_id: int, session_id: int):
    event = get_managed_event(request, event_id)
    session = get_object_or_404(EventSession, pk=session_id, event=event)
    run_domain(
        request, setup_domain.delete_session, session, actor=request.user, success=_("Removed.")
    )
    return redirect("web:events_setup", event_id=event.pk)


@login_required
@require_POST
def break_delete(request, event_id: int, break_id: int):
    event = get_managed_event(request, event_id)
    pause = get_object_or_404(EventBreak, pk=break_id, event=event)
    run_domain(request, setup_domain.delete_break, pause, actor=request.user, success=_("Removed."))
    return redirect("web:events_setup", event_id=event.pk)


@login_required
@require_POST
def role_delete(request, event_id: int, role_id: int):
    event = get_managed_event(request, event_id)
    role = get_object_or_404(ParticipantRole, pk=role_id, event=event)
    run_domain(request, setup_domain.delete_role, role, actor=request.user, success=_("Removed."))
    return redirect("web:events_setup", event_id=event.pk)
