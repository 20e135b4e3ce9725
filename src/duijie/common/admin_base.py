"""The Django admin keeps Django's model permissions.

`User.has_perm` answers registered rule names from the rules alone, and some rule names
(`listings.change_listing`) coincide with model permission codenames. The admin asks about
model permissions, so its classes ask Django's ModelBackend directly.
"""

from __future__ import annotations

from django.contrib import admin
from django.contrib.auth import get_permission_codename
from django.contrib.auth.backends import ModelBackend

_models = ModelBackend()


class ModelPermissionsMixin:
    """Answer the admin's add/change/delete/view questions from model permissions only."""

    def _model_perm(self, request, action: str) -> bool:
        opts = self.opts
        codename = get_permission_codename(action, opts)
        return _models.has_perm(request.user, f"{opts.app_label}.{codename}")

    def has_add_permission(self, request, *args) -> bool:
        return self._model_perm(request, "add")

    def has_change_permission(self, request, obj=None) -> bool:
        return self._model_perm(request, "change")

    def has_delete_permission(self, request, obj=None) -> bool:
        return self._model_perm(request, "delete")

    def has_view_permission(self, request, obj=None) -> bool:
        return self._model_perm(request, "view") or self._model_perm(request, "change")


class ModelAdmin(ModelPermissionsMixin, admin.ModelAdmin):
    pass


class TabularInline(ModelPermissionsMixin, admin.TabularInline):
    pass


class StackedInline(ModelPermissionsMixin, admin.StackedInline):
    pass
