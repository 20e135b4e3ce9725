"""The create-and-edit flow shared by the project and carrier-site pages."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import Model
from django.http import HttpResponse
from django.shortcuts import redirect, render

from duijie.web.views.helpers import run_domain


@dataclass(frozen=True)
class FormPages:
    """Where one kind of object is edited (`template`, naming the object `name`) and shown."""

    name: str
    template: str
    detail: str

    def save(
        self, request, form, action: Callable, *, success: str, instance: Model | None = None
    ) -> HttpResponse:
        """Run the domain `action` on a valid POST and show the saved object, else the form."""
        if request.method == "POST" and form.is_valid():
            target = () if instance is None else (_fresh(instance),)
            saved = run_domain(
                request,
                action,
                *target,
                actor=request.user,
                fields=form.domain_fields(),
                sectors=form.cleaned_data["sectors"],
                success=success,
            )
            if saved is not None:
                return redirect(self.detail, saved.pk)
        context = {"form": form} if instance is None else {"form": form, self.name: instance}
        return render(request, self.template, context)


def _fresh(instance: Model) -> Model:
    """A new copy from the database: validating a model form changed `instance` in place."""
    return type(instance)._default_manager.get(pk=instance.pk)
